import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../consultations/query-result';
import type { DecisionRow } from './shared/decisions.reader';

export interface AppealRow {
  id: string;
  decision_id: string;
  consultation_id: string;
  appellant_id: string | null;
  text: string;
  created_at: Date;
  outcome: 'upheld' | 'overturned' | null;
  note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

/** An appeal with its decision and item, for the moderators' list. */
export interface AppealListRow extends AppealRow {
  consultation_slug: string;
  consultation_title: string;
  proposal_id: string;
  proposal_ref: string;
  proposal_title: string;
  /** The item's authors: they may not decide their own appeal. */
  author_ids: string[];
}

@Injectable()
export class AppealsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(manager: EntityManager, decision: DecisionRow, appellantId: string, text: string): Promise<AppealRow> {
    const [row] = await manager.query(
      `INSERT INTO moderation_appeals (decision_id, consultation_id, appellant_id, text) VALUES ($1, $2, $3, $4) RETURNING *`,
      [decision.id, decision.consultation_id, appellantId, text],
    );
    return row;
  }

  async lock(manager: EntityManager, id: string): Promise<AppealRow | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const rows: AppealRow[] = await manager.query(`SELECT * FROM moderation_appeals WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  async decide(manager: EntityManager, id: string, outcome: 'upheld' | 'overturned', note: string | null, deciderId: string): Promise<AppealRow> {
    const rows = returnedRows<AppealRow>(
      await manager.query(`UPDATE moderation_appeals SET outcome = $2, note = $3, decided_by = $4, decided_at = now() WHERE id = $1 RETURNING *`, [
        id,
        outcome,
        note,
        deciderId,
      ]),
    );
    return rows[0];
  }

  async page(filter: { consultationIds: string[] | null; status: 'open' | 'decided' | 'all' }, page: number, pageSize: number): Promise<{ rows: AppealListRow[]; total: number }> {
    const params: unknown[] = [];
    const conditions = ['TRUE'];
    if (filter.consultationIds) {
      params.push(filter.consultationIds);
      conditions.push(`ap.consultation_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.status === 'open') conditions.push('ap.outcome IS NULL');
    if (filter.status === 'decided') conditions.push('ap.outcome IS NOT NULL');
    const where = conditions.join(' AND ');
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM moderation_appeals ap WHERE ${where}`, params);
    const rows: AppealListRow[] = await this.db.query(
      `SELECT ap.*, c.slug AS consultation_slug, c.title AS consultation_title, p.id AS proposal_id, p.ref AS proposal_ref, p.title AS proposal_title,
              CASE WHEN a.comment_id IS NOT NULL THEN array_remove(ARRAY[cm.author_id], NULL)
                   ELSE array_remove(ARRAY[p.author_id], NULL) || coalesce((SELECT array_agg(pc.user_id) FROM proposal_coauthors pc
                        WHERE pc.proposal_id = p.id AND pc.accepted_at IS NOT NULL), '{}') END AS author_ids
         FROM moderation_appeals ap
         JOIN moderation_actions a ON a.id = ap.decision_id
         JOIN consultations c ON c.id = ap.consultation_id
         LEFT JOIN comments cm ON cm.id = a.comment_id
         JOIN proposals p ON p.id = coalesce(a.proposal_id, cm.proposal_id)
        WHERE ${where}
        ORDER BY ap.created_at, ap.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }
}
