import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The writes of opening a review, in the caller's transaction. */
@Injectable()
export class ReviewSelectionRepository {
  /** Published proposals of every round (those kept through a revision round stand beside the new versions). */
  async publishedProposals(manager: EntityManager, consultationId: string): Promise<{ id: string; round: number }[]> {
    return manager.query(`SELECT id, round FROM proposals WHERE consultation_id = $1 AND state = 'published' ORDER BY ref`, [
      consultationId,
    ]);
  }

  /** Moves the selected proposals to under_review, gives each a review row, and marks the review open. */
  async open(manager: EntityManager, consultationId: string, proposalIds: string[]): Promise<Date> {
    await manager.query(
      `UPDATE proposals SET state = 'under_review', updated_at = now() WHERE id = ANY($1::uuid[]) AND state = 'published'`,
      [proposalIds],
    );
    await manager.query(
      `INSERT INTO committee_reviews (proposal_id, consultation_id) SELECT unnest($2::uuid[]), $1 ON CONFLICT (proposal_id) DO NOTHING`,
      [consultationId, proposalIds],
    );
    const [row] = await manager.query(
      `INSERT INTO committee_settings (consultation_id, review_opened_at) VALUES ($1, now())
       ON CONFLICT (consultation_id) DO UPDATE SET review_opened_at = now(), updated_at = now()
       RETURNING review_opened_at`,
      [consultationId],
    );
    return row.review_opened_at;
  }

  async reviewedCount(manager: EntityManager, consultationId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM committee_reviews WHERE consultation_id = $1`, [consultationId]);
    return row.n;
  }
}
