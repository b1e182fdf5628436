import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Phase, ProposalState } from '@concordia/contracts';
import type { CommitteeDecision, CommitteeTallySummary, ConsultationSettings } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { settingsOf } from '../../consultations/consultation-settings';
import { returnedRows } from '../../consultations/query-result';
import { proposalKey } from '../proposal-key';

/**
 * States a reviewed proposal is in: under review, then the published decision. A proposal withdrawn
 * or hidden during the review drops out of the workspace and of the publication.
 */
export const REVIEWED_STATES = ['under_review', 'adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope'] as const;

export interface ReviewConsultation {
  id: string;
  slug: string;
  title: string;
  summary: string;
  phase: Phase;
  settings: ConsultationSettings;
}

export interface ReviewedProposal {
  id: string;
  ref: number;
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  theme: string | null;
  state: ProposalState;
  version: number;
  round: number;
  authorId: string | null;
}

export interface ReviewRow {
  proposalId: string;
  rapporteurId: string | null;
  voteClosedAt: Date | null;
  tally: CommitteeTallySummary | null;
  decision: CommitteeDecision | null;
}

/** A proposal with its consultation and, when the committee reviews it, its review row. */
export interface ReviewTarget {
  proposal: ReviewedProposal;
  consultation: ReviewConsultation;
  review: ReviewRow | null;
}

const PROPOSAL_COLUMNS = `p.id, p.ref, p.title, p.summary, p.body, p.body_html, p.theme, p.state, p.version, p.round, p.author_id`;
const REVIEW_COLUMNS = `r.proposal_id AS r_proposal_id, r.rapporteur_id, r.vote_closed_at, r.tally, r.decision`;

export function proposalFrom(row: Record<string, any>): ReviewedProposal {
  return {
    id: row.id,
    ref: Number(row.ref),
    title: row.title,
    summary: row.summary,
    body: row.body,
    bodyHtml: row.body_html,
    theme: row.theme,
    state: row.state,
    version: row.version,
    round: row.round,
    authorId: row.author_id,
  };
}

function reviewFrom(row: Record<string, any>): ReviewRow | null {
  if (!row.r_proposal_id) return null;
  return {
    proposalId: row.r_proposal_id,
    rapporteurId: row.rapporteur_id,
    voteClosedAt: row.vote_closed_at,
    tally: row.tally,
    decision: row.decision,
  };
}

export function consultationFrom(row: Record<string, any>): ReviewConsultation {
  return {
    id: row.c_id,
    slug: row.c_slug,
    title: row.c_title,
    summary: row.c_summary,
    phase: row.c_phase,
    settings: settingsOf({ settings: row.c_settings ?? {} }),
  };
}

const CONSULTATION_COLUMNS = `c.id AS c_id, c.slug AS c_slug, c.title AS c_title, c.summary AS c_summary, c.phase AS c_phase, c.settings AS c_settings`;

@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async target(idOrRef: string): Promise<ReviewTarget | null> {
    const key = proposalKey(idOrRef);
    if (!key) return null;
    const [row] = await this.db.query(
      `SELECT ${PROPOSAL_COLUMNS}, ${CONSULTATION_COLUMNS}, ${REVIEW_COLUMNS}
         FROM proposals p JOIN consultations c ON c.id = p.consultation_id
         LEFT JOIN committee_reviews r ON r.proposal_id = p.id
        WHERE ${key.where}`,
      [key.value],
    );
    return row ? { proposal: proposalFrom(row), consultation: consultationFrom(row), review: reviewFrom(row) } : null;
  }

  /**
   * The review row read again under a row lock, with the consultation's phase: ballots and the
   * chair's close take the same lock, so no ballot slips in after the tally was computed.
   */
  async lockReview(manager: EntityManager, proposalId: string): Promise<(ReviewRow & { phase: Phase }) | null> {
    const [row] = await manager.query(
      `SELECT ${REVIEW_COLUMNS}, c.phase FROM committee_reviews r JOIN consultations c ON c.id = r.consultation_id
        WHERE r.proposal_id = $1 FOR UPDATE OF r`,
      [proposalId],
    );
    return row ? { ...(reviewFrom(row) as ReviewRow), phase: row.phase } : null;
  }

  async consultationBySlug(slug: string): Promise<ReviewConsultation | null> {
    const [row] = await this.db.query(`SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.slug = $1`, [slug]);
    return row ? consultationFrom(row) : null;
  }

  /** One page of the reviewed proposals, by number. */
  async page(
    consultationId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: { proposal: ReviewedProposal; review: ReviewRow }[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${PROPOSAL_COLUMNS}, ${REVIEW_COLUMNS}, count(*) OVER ()::int AS total
         FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
        WHERE r.consultation_id = $1 AND p.state = ANY($2::text[])
        ORDER BY p.ref LIMIT $3 OFFSET $4`,
      [consultationId, REVIEWED_STATES, pageSize, (page - 1) * pageSize],
    );
    const total = rows[0]?.total ?? (page > 1 ? await this.count(consultationId) : 0);
    return {
      items: rows.map((row: Record<string, any>) => ({ proposal: proposalFrom(row), review: reviewFrom(row) as ReviewRow })),
      total,
    };
  }

  /** Every reviewed proposal, by number (publication, reports). */
  async all(
    consultationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ proposal: ReviewedProposal; review: ReviewRow }[]> {
    const rows = await manager.query(
      `SELECT ${PROPOSAL_COLUMNS}, ${REVIEW_COLUMNS}
         FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
        WHERE r.consultation_id = $1 AND p.state = ANY($2::text[])
        ORDER BY p.ref`,
      [consultationId, REVIEWED_STATES],
    );
    return rows.map((row: Record<string, any>) => ({ proposal: proposalFrom(row), review: reviewFrom(row) as ReviewRow }));
  }

  async count(consultationId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
        WHERE r.consultation_id = $1 AND p.state = ANY($2::text[])`,
      [consultationId, REVIEWED_STATES],
    );
    return row.n;
  }

  /** Counts for the committee's overview: reviewed, votes closed, responses drafted. */
  async progress(consultationId: string): Promise<{ proposals: number; votesClosed: number; responsesDrafted: number }> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS proposals,
              count(r.vote_closed_at)::int AS votes_closed,
              count(o.proposal_id)::int AS responses
         FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
         LEFT JOIN official_responses o ON o.proposal_id = r.proposal_id
        WHERE r.consultation_id = $1 AND p.state = ANY($2::text[])`,
      [consultationId, REVIEWED_STATES],
    );
    return { proposals: row.proposals, votesClosed: row.votes_closed, responsesDrafted: row.responses };
  }

  /** First authors and accepted co-authors, first author first; a null id is an erased account. */
  async authors(proposalIds: string[]): Promise<Map<string, { id: string | null; displayName: string | null }[]>> {
    const rows: { proposal_id: string; user_id: string | null; display_name: string | null }[] = await this.db.query(
      `SELECT p.id AS proposal_id, p.author_id AS user_id, u.display_name, 0 AS rank, p.created_at AS since
         FROM proposals p LEFT JOIN users u ON u.id = p.author_id WHERE p.id = ANY($1::uuid[])
       UNION ALL
       SELECT c.proposal_id, c.user_id, u.display_name, 1, c.accepted_at
         FROM proposal_coauthors c JOIN users u ON u.id = c.user_id
        WHERE c.proposal_id = ANY($1::uuid[]) AND c.accepted_at IS NOT NULL
       ORDER BY proposal_id, rank, since`,
      [proposalIds],
    );
    const authors = new Map<string, { id: string | null; displayName: string | null }[]>();
    for (const row of rows) {
      const list = authors.get(row.proposal_id) ?? [];
      list.push({ id: row.user_id, displayName: row.display_name });
      authors.set(row.proposal_id, list);
    }
    return authors;
  }

  async setRapporteur(proposalId: string, userId: string | null): Promise<void> {
    await this.db.query(`UPDATE committee_reviews SET rapporteur_id = $2 WHERE proposal_id = $1`, [proposalId, userId]);
  }

  /** The vote's result, written once: only a still-open vote is closed. */
  async close(manager: EntityManager, proposalId: string, by: string, tally: CommitteeTallySummary): Promise<Date | null> {
    const result = await manager.query(
      `UPDATE committee_reviews SET vote_closed_at = now(), vote_closed_by = $2, tally = $3::jsonb, decision = $4
        WHERE proposal_id = $1 AND vote_closed_at IS NULL RETURNING vote_closed_at`,
      [proposalId, by, JSON.stringify(tally), tally.decision],
    );
    return returnedRows<{ vote_closed_at: Date }>(result)[0]?.vote_closed_at ?? null;
  }
}
