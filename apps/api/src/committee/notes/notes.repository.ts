import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returnedRows } from '../../consultations/query-result';

export interface NoteRow {
  id: string;
  proposalId: string;
  consultationId: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `n.id, n.proposal_id, r.consultation_id, n.author_id, u.display_name, n.body, n.created_at, n.updated_at`;
const FROM = `committee_notes n JOIN committee_reviews r ON r.proposal_id = n.proposal_id LEFT JOIN users u ON u.id = n.author_id`;

function noteFrom(row: Record<string, any>): NoteRow {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    consultationId: row.consultation_id,
    authorId: row.author_id,
    authorName: row.display_name,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The committee's private notes: read only by the committee endpoints, never by a public one or an export. */
@Injectable()
export class NotesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(proposalId: string, page: number, pageSize: number): Promise<{ items: NoteRow[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE n.proposal_id = $1 ORDER BY n.created_at, n.id LIMIT $2 OFFSET $3`,
      [proposalId, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM committee_notes WHERE proposal_id = $1`, [proposalId]);
    return { items: rows.map(noteFrom), total: n };
  }

  async counts(proposalIds: string[]): Promise<Map<string, number>> {
    const rows: { proposal_id: string; n: number }[] = await this.db.query(
      `SELECT proposal_id, count(*)::int AS n FROM committee_notes WHERE proposal_id = ANY($1::uuid[]) GROUP BY proposal_id`,
      [proposalIds],
    );
    return new Map(rows.map((row) => [row.proposal_id, row.n]));
  }

  async find(id: string): Promise<NoteRow | null> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE n.id = $1`, [id]);
    return row ? noteFrom(row) : null;
  }

  async insert(proposalId: string, authorId: string, body: string): Promise<string> {
    const [row] = await this.db.query(`INSERT INTO committee_notes (proposal_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`, [
      proposalId,
      authorId,
      body,
    ]);
    return row.id;
  }

  async update(id: string, body: string): Promise<void> {
    await this.db.query(`UPDATE committee_notes SET body = $2, updated_at = now() WHERE id = $1`, [id, body]);
  }

  async remove(id: string): Promise<boolean> {
    return returnedRows(await this.db.query(`DELETE FROM committee_notes WHERE id = $1 RETURNING id`, [id])).length > 0;
  }
}
