import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentCounts, CommentSort, CommentStance } from '@concordia/contracts';
import { DataSource } from 'typeorm';
import { returnedRows } from '../consultations/query-result';
import type { StoredSpan } from '../moderation/shared/personal-data-flags';
import { CommentEntity } from './comment.entity';

/** What the personal-data detector stored with a comment's text. */
export interface CommentFlags {
  spans: StoredSpan[];
  pending: boolean;
}

export interface CommentRow {
  id: string;
  parent_id: string | null;
  depth: number;
  author_id: string | null;
  author_name: string | null;
  stance: CommentStance;
  body: string;
  state: string;
  created_at: Date;
  edited_at: Date | null;
}

/**
 * A comment is shown when published; one that is not (deleted by its author, say) is kept as a
 * placeholder only while a published reply hangs below it, so threads stay readable.
 * Depth is at most 2, so two levels of EXISTS cover every descendant.
 */
const SHOWN = (c: string) => `(${c}.state = 'published' OR EXISTS (
  SELECT 1 FROM comments d1 WHERE d1.parent_id = ${c}.id AND (d1.state = 'published'
    OR EXISTS (SELECT 1 FROM comments d2 WHERE d2.parent_id = d1.id AND d2.state = 'published'))))`;

const COLUMNS = `c.id, c.parent_id, c.depth, c.author_id, u.display_name AS author_name, c.stance, c.body, c.state, c.created_at, c.edited_at`;

const ORDERS: Record<CommentSort, string> = {
  newest: 'c.created_at DESC, c.id',
  oldest: 'c.created_at ASC, c.id',
  // Stance balance: the newest "for", the newest "against", the newest neutral, then the next of each…
  // so neither side fills the first page however many comments it has.
  balance: `row_number() OVER (PARTITION BY c.stance ORDER BY c.created_at DESC, c.id),
            CASE c.stance WHEN 'for' THEN 0 WHEN 'against' THEN 1 ELSE 2 END, c.id`,
};

/** At most this many replies are loaded with a page of threads; the rest page through /replies. */
const REPLIES_PER_PAGE_LIMIT = 1000;

@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(CommentEntity);
  }

  findById(id: string): Promise<CommentEntity | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return Promise.resolve(null);
    return this.repo.findOneBy({ id });
  }

  async insert(fields: { proposalId: string; parentId: string | null; depth: number; authorId: string; stance: CommentStance; body: string } & CommentFlags): Promise<CommentRow> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO comments (proposal_id, parent_id, depth, author_id, stance, body, state, personal_data, personal_data_pending)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9) RETURNING id`,
      [fields.proposalId, fields.parentId, fields.depth, fields.authorId, fields.stance, fields.body, fields.pending ? 'pending' : 'published', JSON.stringify(fields.spans), fields.pending],
    );
    return (await this.rowById(row.id)) as CommentRow;
  }

  async rowById(id: string): Promise<CommentRow | null> {
    const rows: CommentRow[] = await this.db.query(`SELECT ${COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Only a published comment of this author changes, or one waiting for moderation (so its author
   * can take out the personal data that holds it). New personal data (`flags.pending`) sends it to
   * `pending`, and taking it out publishes it again (personal data is the only thing that holds a
   * comment). Returns the state before and after, or null when nothing changed.
   */
  async edit(id: string, authorId: string, changes: { body?: string; stance?: CommentStance }, flags: CommentFlags | null): Promise<{ before: string; after: string } | null> {
    const rows = returnedRows<{ before: string; after: string }>(
      await this.db.query(
        `UPDATE comments c SET body = coalesce($3, c.body), stance = coalesce($4, c.stance), edited_at = now(),
           personal_data = coalesce($5::jsonb, c.personal_data),
           personal_data_pending = coalesce($6, c.personal_data_pending),
           state = CASE WHEN $6 THEN 'pending' WHEN NOT $6 AND c.state = 'pending' THEN 'published' ELSE c.state END
         FROM comments old WHERE old.id = c.id AND c.id = $1 AND c.author_id = $2 AND c.state IN ('published', 'pending')
         RETURNING old.state AS before, c.state AS after`,
        [id, authorId, changes.body ?? null, changes.stance ?? null, flags ? JSON.stringify(flags.spans) : null, flags ? flags.pending : null],
      ),
    );
    return rows[0] ?? null;
  }

  /**
   * Deleting keeps the row (replies hang below it) but drops what the author wrote. A hard delete
   * would cascade to replies inserted meanwhile; a placeholder row never does.
   */
  async softDelete(id: string, authorId: string): Promise<boolean> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE comments SET state = 'deleted', deleted_at = now(), body = '-' WHERE id = $1 AND author_id = $2 AND state <> 'deleted' RETURNING id`,
        [id, authorId],
      ),
    );
    return rows.length > 0;
  }

  /** Published comments per stance, counted by the database every time: never a stored counter to drift. */
  async counts(proposalId: string): Promise<CommentCounts> {
    const rows: { stance: CommentStance; count: number }[] = await this.db.query(
      `SELECT stance, count(*)::int AS count FROM comments WHERE proposal_id = $1 AND state = 'published' GROUP BY stance`,
      [proposalId],
    );
    const counts: CommentCounts = { total: 0, for: 0, against: 0, neutral: 0 };
    for (const row of rows) {
      counts[row.stance] = row.count;
      counts.total += row.count;
    }
    return counts;
  }

  async topLevel(proposalId: string, sort: CommentSort, page: number, pageSize: number): Promise<{ rows: CommentRow[]; total: number }> {
    const rows: CommentRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id
       WHERE c.proposal_id = $1 AND c.depth = 0 AND ${SHOWN('c')}
       ORDER BY ${ORDERS[sort]} LIMIT $2 OFFSET $3`,
      [proposalId, pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM comments c WHERE c.proposal_id = $1 AND c.depth = 0 AND ${SHOWN('c')}`, [proposalId]);
    return { rows, total };
  }

  /** Every shown reply below these top-level comments (two levels), oldest first. */
  descendants(rootIds: string[]): Promise<CommentRow[]> {
    if (rootIds.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT ${COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id
       WHERE (c.parent_id = ANY($1::uuid[]) OR c.parent_id IN (SELECT id FROM comments WHERE parent_id = ANY($1::uuid[])))
         AND ${SHOWN('c')}
       ORDER BY c.depth, c.created_at, c.id LIMIT ${REPLIES_PER_PAGE_LIMIT}`,
      [rootIds],
    );
  }

  async replies(parentId: string, page: number, pageSize: number): Promise<{ rows: CommentRow[]; total: number }> {
    const rows: CommentRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id
       WHERE c.parent_id = $1 AND ${SHOWN('c')} ORDER BY c.created_at, c.id LIMIT $2 OFFSET $3`,
      [parentId, pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM comments c WHERE c.parent_id = $1 AND ${SHOWN('c')}`, [parentId]);
    return { rows, total };
  }

  /** How many shown replies each of these comments has (direct children). */
  async replyCounts(parentIds: string[]): Promise<Map<string, number>> {
    if (parentIds.length === 0) return new Map();
    const rows: { parent_id: string; count: number }[] = await this.db.query(
      `SELECT c.parent_id, count(*)::int AS count FROM comments c WHERE c.parent_id = ANY($1::uuid[]) AND ${SHOWN('c')} GROUP BY c.parent_id`,
      [parentIds],
    );
    return new Map(rows.map((row) => [row.parent_id, row.count]));
  }
}
