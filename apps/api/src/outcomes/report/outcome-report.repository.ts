import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OfficialResponseDocument } from '@concordia/domain';
import { DataSource } from 'typeorm';

export interface PublishedResponseRow {
  proposalId: string;
  ref: number;
  theme: string | null;
  round: number;
  publishedAt: Date;
  document: OfficialResponseDocument;
  fingerprint: string;
}

/** What the public outcome report reads: published responses (frozen documents) and participation figures. */
@Injectable()
export class OutcomeReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async published(consultationId: string): Promise<PublishedResponseRow[]> {
    const rows = await this.db.query(
      `SELECT o.proposal_id, p.ref, p.theme, p.round, o.published_at, o.document, o.fingerprint
         FROM official_responses o JOIN proposals p ON p.id = o.proposal_id
        WHERE o.consultation_id = $1 AND o.published_at IS NOT NULL
        ORDER BY p.ref`,
      [consultationId],
    );
    return rows.map((row: Record<string, any>) => ({
      proposalId: row.proposal_id,
      ref: Number(row.ref),
      theme: row.theme,
      round: row.round,
      publishedAt: row.published_at,
      document: row.document,
      fingerprint: row.fingerprint,
    }));
  }

  /**
   * Over every proposal that was ever published (whatever became of it: merged, withdrawn, revised):
   * distinct people who proposed, voted or commented (by participant identity, so an account erased
   * and re-created counts once), ballots of both secrecies, proposals, published comments.
   */
  async participation(consultationId: string): Promise<{ participants: number; ballots: number; proposals: number; comments: number }> {
    const [row] = await this.db.query(
      `WITH props AS (SELECT id, author_id FROM proposals WHERE consultation_id = $1 AND published_at IS NOT NULL),
            people AS (
              SELECT b.participant_id FROM ballots b JOIN props ON props.id = b.proposal_id
              UNION SELECT r.participant_id FROM vote_register r JOIN props ON props.id = r.proposal_id
              UNION SELECT u.participant_id FROM props JOIN users u ON u.id = props.author_id
              UNION SELECT u.participant_id FROM comments c JOIN props ON props.id = c.proposal_id JOIN users u ON u.id = c.author_id
                     WHERE c.state = 'published')
       SELECT (SELECT count(*) FROM people)::int AS participants,
              ((SELECT count(*) FROM ballots b JOIN props ON props.id = b.proposal_id)
               + (SELECT count(*) FROM ballot_box x JOIN props ON props.id = x.proposal_id))::int AS ballots,
              (SELECT count(*) FROM props)::int AS proposals,
              (SELECT count(*) FROM comments c JOIN props ON props.id = c.proposal_id WHERE c.state = 'published')::int AS comments`,
      [consultationId],
    );
    return row;
  }
}
