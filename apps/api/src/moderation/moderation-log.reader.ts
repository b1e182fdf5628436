import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationLogAction } from '@concordia/contracts';
import { DataSource } from 'typeorm';

export interface LogFilter {
  consultationIds: string[] | null;
  action?: ModerationLogAction;
  actorId?: string;
  targetType?: 'proposal' | 'comment';
  targetId?: string;
  reason?: string;
}

export interface LogRow {
  id: string;
  created_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: ModerationLogAction;
  proposal_id: string | null;
  comment_id: string | null;
  slug: string;
  reason: string | null;
  note: string | null;
  decision_id: string | null;
}

/** The moderation log as moderators read it: newest first, filterable. */
@Injectable()
export class ModerationLogReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(filter: LogFilter, page: number, pageSize: number): Promise<{ rows: LogRow[]; total: number }> {
    const params: unknown[] = [];
    const conditions = ['TRUE'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(params.length));
    };
    if (filter.consultationIds) add((n) => `a.consultation_id = ANY($${n}::uuid[])`, filter.consultationIds);
    if (filter.action) add((n) => `a.action = $${n}`, filter.action);
    if (filter.actorId) add((n) => `a.actor_id = $${n}`, filter.actorId);
    if (filter.reason) add((n) => `a.reason = $${n}`, filter.reason);
    if (filter.targetType) conditions.push(filter.targetType === 'proposal' ? 'a.proposal_id IS NOT NULL' : 'a.comment_id IS NOT NULL');
    if (filter.targetId) add((n) => `(a.proposal_id = $${n} OR a.comment_id = $${n})`, filter.targetId);
    const where = conditions.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM moderation_actions a WHERE ${where}`, params);
    const rows: LogRow[] = await this.db.query(
      `SELECT a.id, a.created_at, a.actor_id, u.display_name AS actor_name, a.action, a.proposal_id, a.comment_id, c.slug, a.reason, a.note,
              CASE WHEN a.action IN ('approve', 'reject', 'hide', 'restore', 'confirm_hidden') THEN a.id ELSE a.decision_id END AS decision_id
         FROM moderation_actions a JOIN consultations c ON c.id = a.consultation_id LEFT JOIN users u ON u.id = a.actor_id
        WHERE ${where} ORDER BY a.seq DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }
}
