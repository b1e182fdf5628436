import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, ProposalState } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface RevisionRecipient {
  proposalId: string;
  title: string;
  email: string;
  displayName: string;
  language: Language;
}

export interface NewVersion {
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  state: Extract<ProposalState, 'published' | 'submitted'>;
  editedBy: string;
}

/**
 * The writes of a revision round. Proposals are the proposals module's table: these statements
 * touch only what a revision round changes (state, round, revision_of) and write a new version the
 * way that module does (a proposals row plus its version 1), so the two can be merged later.
 */
@Injectable()
export class RevisionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Serialises revision-round starts of one consultation (two admins clicking at once). */
  async lockConsultation(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`SELECT 1 FROM consultations WHERE id = $1 FOR UPDATE`, [id]);
  }

  async requestRevision(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE proposals SET state = 'revision_requested', updated_at = now() WHERE id = ANY($1::uuid[]) AND state = 'published'`,
      [ids],
    );
  }

  /** The next round opens for voting on the new versions. */
  async openNextRound(manager: EntityManager, consultationId: string): Promise<number> {
    const [[row]] = await manager.query(
      `UPDATE consultations
          SET revision_round = revision_round + 1, phase = 'voting_open', phase_changed_at = now(), updated_at = now()
        WHERE id = $1 RETURNING revision_round`,
      [consultationId],
    );
    return row.revision_round;
  }

  /** First authors and accepted co-authors who still have an account. */
  async recipients(manager: EntityManager, proposalIds: string[]): Promise<RevisionRecipient[]> {
    const rows = await manager.query(
      `SELECT p.id AS proposal_id, p.title, u.email, u.display_name, u.language
         FROM proposals p
         JOIN users u ON u.id = p.author_id OR u.id IN (
           SELECT c.user_id FROM proposal_coauthors c WHERE c.proposal_id = p.id AND c.accepted_at IS NOT NULL)
        WHERE p.id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return rows.map((r: Record<string, any>) => ({
      proposalId: r.proposal_id,
      title: r.title,
      email: r.email,
      displayName: r.display_name,
      language: r.language,
    }));
  }

  async isAuthor(proposalId: string, userId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM proposals WHERE id = $1 AND author_id = $2)
           OR EXISTS (SELECT 1 FROM proposal_coauthors WHERE proposal_id = $1 AND user_id = $2 AND accepted_at IS NOT NULL) AS author`,
      [proposalId, userId],
    );
    return row.author === true;
  }

  /** Claims the old version; false when another request already sent the new one. */
  async supersede(manager: EntityManager, proposalId: string): Promise<boolean> {
    const [, affected] = await manager.query(
      `UPDATE proposals SET state = 'superseded', updated_at = now() WHERE id = $1 AND state = 'revision_requested'`,
      [proposalId],
    );
    return affected > 0;
  }

  /** The new version: same consultation, first author and theme; next round; linked to the old one. */
  async insertVersion(manager: EntityManager, oldId: string, version: NewVersion): Promise<{ id: string; ref: number; round: number }> {
    const [row] = await manager.query(
      `INSERT INTO proposals (consultation_id, author_id, title, summary, body, body_html, theme, state, round, revision_of,
                              submitted_at, published_at)
       SELECT consultation_id, author_id, $2, $3, $4, $5, theme, $6, round + 1, id,
              now(), CASE WHEN $6 = 'published' THEN now() END
         FROM proposals WHERE id = $1
       RETURNING id, ref, round, theme`,
      [oldId, version.title, version.summary, version.body, version.bodyHtml, version.state],
    );
    await manager.query(
      `INSERT INTO proposal_versions (proposal_id, version, title, summary, body, theme, edited_by) VALUES ($1, 1, $2, $3, $4, $5, $6)`,
      [row.id, version.title, version.summary, version.body, row.theme, version.editedBy],
    );
    await manager.query(
      `INSERT INTO proposal_coauthors (proposal_id, user_id, invited_at, accepted_at)
       SELECT $1, user_id, invited_at, accepted_at FROM proposal_coauthors WHERE proposal_id = $2 AND accepted_at IS NOT NULL`,
      [row.id, oldId],
    );
    return { id: row.id, ref: Number(row.ref), round: row.round };
  }
}
