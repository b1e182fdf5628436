import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationReason, ModerationTargetType, QueueReason } from '@concordia/contracts';
import { DataSource } from 'typeorm';
import type { StoredSpan } from './shared/personal-data-flags';

export interface QueueFilter {
  /** null: every consultation. */
  consultationIds: string[] | null;
  kind?: ModerationTargetType;
  reason?: QueueReason;
  q?: string;
}

export interface QueueRow {
  target_type: ModerationTargetType;
  id: string;
  consultation_id: string;
  consultation_slug: string;
  consultation_title: string;
  consultation_settings: Record<string, unknown>;
  proposal_id: string;
  proposal_ref: string;
  proposal_title: string;
  title: string | null;
  summary: string | null;
  body: string;
  author_id: string | null;
  author_name: string | null;
  state: string;
  created_at: Date;
  updated_at: Date;
  personal_data: StoredSpan[];
  submitted: boolean;
  flagged: boolean;
  reported: boolean;
}

export interface ReportRow {
  target_id: string;
  reporter_id: string | null;
  reason: ModerationReason;
  text: string | null;
  created_at: Date;
  open: boolean;
}

/** Reports a moderator has not answered yet: made after the item's last review. */
const OPEN_REPORTS = (column: 'proposal_id' | 'comment_id', alias: string) =>
  `EXISTS (SELECT 1 FROM content_reports r WHERE r.${column} = ${alias}.id AND r.created_at > coalesce(${alias}.reports_reviewed_at, '-infinity'))`;

/**
 * Proposals and comments in one list: what waits for approval, what citizens reported since the
 * last review, and what holds personal data nobody has reviewed. Oldest first: the queue is
 * worked in the order people have been waiting.
 */
const ITEMS = `
  SELECT 'proposal'::text AS target_type, p.id, p.consultation_id, p.id AS proposal_id, p.ref AS proposal_ref, p.title AS proposal_title,
         p.title, p.summary, p.body, p.author_id, p.state, p.created_at, p.updated_at, p.personal_data,
         p.state = 'submitted' AS submitted, p.personal_data_pending AS flagged, ${OPEN_REPORTS('proposal_id', 'p')} AS reported,
         coalesce(p.submitted_at, p.created_at) AS since,
         concordia_unaccent(p.title || ' ' || p.summary || ' ' || p.body) AS haystack
    FROM proposals p
   WHERE p.state IN ('submitted', 'published', 'hidden')
  UNION ALL
  SELECT 'comment'::text, cm.id, p.consultation_id, p.id, p.ref, p.title,
         NULL, NULL, cm.body, cm.author_id, cm.state, cm.created_at, coalesce(cm.edited_at, cm.created_at), cm.personal_data,
         cm.state = 'pending', cm.personal_data_pending, ${OPEN_REPORTS('comment_id', 'cm')},
         cm.created_at,
         concordia_unaccent(cm.body)
    FROM comments cm JOIN proposals p ON p.id = cm.proposal_id
   WHERE cm.state IN ('pending', 'published', 'hidden')`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class QueueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private where(filter: QueueFilter): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const conditions = ['(i.submitted OR i.flagged OR i.reported)'];
    if (filter.consultationIds) {
      params.push(filter.consultationIds);
      conditions.push(`i.consultation_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.kind) {
      params.push(filter.kind);
      conditions.push(`i.target_type = $${params.length}`);
    }
    if (filter.reason) conditions.push(`i.${filter.reason}`);
    if (filter.q) {
      params.push(`%${escapeLike(filter.q)}%`);
      conditions.push(`i.haystack LIKE concordia_unaccent($${params.length})`);
    }
    return { sql: conditions.join(' AND '), params };
  }

  async page(filter: QueueFilter, page: number, pageSize: number): Promise<{ rows: QueueRow[]; total: number }> {
    const { sql, params } = this.where(filter);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM (${ITEMS}) i WHERE ${sql}`, params);
    const rows: QueueRow[] = await this.db.query(
      `SELECT i.target_type, i.id, i.consultation_id, c.slug AS consultation_slug, c.title AS consultation_title, c.settings AS consultation_settings,
              i.proposal_id, i.proposal_ref, i.proposal_title, i.title, i.summary, i.body, i.author_id, u.display_name AS author_name,
              i.state, i.created_at, i.updated_at, i.personal_data, i.submitted, i.flagged, i.reported
         FROM (${ITEMS}) i JOIN consultations c ON c.id = i.consultation_id LEFT JOIN users u ON u.id = i.author_id
        WHERE ${sql}
        ORDER BY i.since, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { rows, total };
  }

  /** The consultations a moderator works, newest first, for the queue's filter. */
  consultations(ids: string[] | null): Promise<{ id: string; slug: string; title: string; phase: string }[]> {
    return this.db.query(
      `SELECT id, slug, title, phase FROM consultations WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY created_at DESC, id LIMIT 500`,
      [ids],
    );
  }

  /** Every report on these items, newest first, with whether it came after the item's last review. */
  async reports(type: ModerationTargetType, ids: string[]): Promise<ReportRow[]> {
    if (ids.length === 0) return [];
    const [column, table] = type === 'proposal' ? ['proposal_id', 'proposals'] : ['comment_id', 'comments'];
    return this.db.query(
      `SELECT r.${column} AS target_id, r.reporter_id, r.reason, r.text, r.created_at,
              r.created_at > coalesce(t.reports_reviewed_at, '-infinity') AS open
         FROM content_reports r JOIN ${table} t ON t.id = r.${column}
        WHERE r.${column} = ANY($1::uuid[]) ORDER BY r.created_at DESC`,
      [ids],
    );
  }
}
