import { Injectable } from '@nestjs/common';
import type { ModerationReason, ModerationTargetType } from '@concordia/contracts';
import type { ContentReport } from '@concordia/domain';
import type { EntityManager } from 'typeorm';

@Injectable()
export class ReportsRepository {
  /** Who reported the item and when: what the rules count (distinct reporters since the last review). */
  async forTarget(manager: EntityManager, type: ModerationTargetType, id: string): Promise<ContentReport[]> {
    const column = type === 'proposal' ? 'proposal_id' : 'comment_id';
    const rows: { reporter_id: string | null; created_at: Date }[] = await manager.query(
      `SELECT reporter_id, created_at FROM content_reports WHERE ${column} = $1`,
      [id],
    );
    // An erased reporter's report still counts, as one person of its own.
    return rows.map((row, i) => ({ reporterId: row.reporter_id ?? `erased-${i}`, at: new Date(row.created_at) }));
  }

  /** The unique constraints make a second report by the same person fail (23505), even under a race. */
  async insert(
    manager: EntityManager,
    report: { consultationId: string; type: ModerationTargetType; targetId: string; reporterId: string; reason: ModerationReason; text: string | null },
  ): Promise<{ id: string; created_at: Date }> {
    const [row] = await manager.query(
      `INSERT INTO content_reports (consultation_id, proposal_id, comment_id, reporter_id, reason, text)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at`,
      [report.consultationId, report.type === 'proposal' ? report.targetId : null, report.type === 'comment' ? report.targetId : null, report.reporterId, report.reason, report.text],
    );
    return row;
  }
}
