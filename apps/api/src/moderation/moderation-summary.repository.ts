import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface StateReasonCount {
  target_type: 'proposal' | 'comment';
  state: string;
  reason: string;
  count: number;
}

/** Numbers for the public transparency summary: aggregates only, never a text or a person. */
@Injectable()
export class ModerationSummaryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Items rejected, hidden or merged now, by the charter reason of that state. */
  stateCounts(consultationId: string): Promise<StateReasonCount[]> {
    return this.db.query(
      `SELECT 'proposal' AS target_type, state, coalesce(moderation_reason, 'other') AS reason, count(*)::int AS count
         FROM proposals WHERE consultation_id = $1 AND state IN ('rejected', 'hidden', 'merged') GROUP BY state, 3
       UNION ALL
       SELECT 'comment', cm.state, coalesce(cm.moderation_reason, 'other'), count(*)::int
         FROM comments cm JOIN proposals p ON p.id = cm.proposal_id
        WHERE p.consultation_id = $1 AND cm.state IN ('rejected', 'hidden') GROUP BY cm.state, 3`,
      [consultationId],
    );
  }

  async decisions(consultationId: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM moderation_actions WHERE consultation_id = $1 AND action IN ('approve', 'reject', 'hide', 'restore', 'confirm_hidden', 'merge')`,
      [consultationId],
    );
    return n;
  }

  async appeals(consultationId: string): Promise<{ filed: number; upheld: number; overturned: number; pending: number }> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS filed, count(*) FILTER (WHERE outcome = 'upheld')::int AS upheld,
              count(*) FILTER (WHERE outcome = 'overturned')::int AS overturned, count(*) FILTER (WHERE outcome IS NULL)::int AS pending
         FROM moderation_appeals WHERE consultation_id = $1`,
      [consultationId],
    );
    return row;
  }
}
