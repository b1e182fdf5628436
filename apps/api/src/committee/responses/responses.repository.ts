import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResponseDecisionName } from '@concordia/contracts';
import type { OfficialResponseDocument } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../consultations/query-result';

export interface ResponseRow {
  proposalId: string;
  decision: ResponseDecisionName | null;
  opinion: string;
  amendedText: string | null;
  revision: number;
  editedBy: string | null;
  editorName: string | null;
  updatedAt: Date;
  publishedAt: Date | null;
  document: OfficialResponseDocument | null;
  fingerprint: string | null;
}

const COLUMNS = `o.proposal_id, o.decision, o.opinion, o.amended_text, o.revision, o.edited_by, u.display_name, o.updated_at, o.published_at, o.document, o.fingerprint`;

function responseFrom(row: Record<string, any>): ResponseRow {
  return {
    proposalId: row.proposal_id,
    decision: row.decision,
    opinion: row.opinion,
    amendedText: row.amended_text,
    revision: row.revision,
    editedBy: row.edited_by,
    editorName: row.display_name,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    document: row.document,
    fingerprint: row.fingerprint,
  };
}

export interface DraftWrite {
  decision: ResponseDecisionName | null;
  opinion: string;
  amendedText: string | null;
}

/** Official responses: drafts written by the committee, frozen (document + fingerprint) at publication. */
@Injectable()
export class ResponsesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async find(proposalId: string): Promise<ResponseRow | null> {
    const [row] = await this.db.query(
      `SELECT ${COLUMNS} FROM official_responses o LEFT JOIN users u ON u.id = o.edited_by WHERE o.proposal_id = $1`,
      [proposalId],
    );
    return row ? responseFrom(row) : null;
  }

  async many(proposalIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, ResponseRow>> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM official_responses o LEFT JOIN users u ON u.id = o.edited_by WHERE o.proposal_id = ANY($1::uuid[])`,
      [proposalIds],
    );
    return new Map(rows.map((row: Record<string, any>) => [row.proposal_id, responseFrom(row)]));
  }

  /**
   * Writes a draft, unless it was published meanwhile, or (when the editor says which revision
   * they started from) a colleague saved a newer one: null then, and the service says which.
   */
  async save(consultationId: string, proposalId: string, editorId: string, draft: DraftWrite, fromRevision?: number): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO official_responses (proposal_id, consultation_id, decision, opinion, amended_text, edited_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (proposal_id) DO UPDATE
         SET decision = EXCLUDED.decision, opinion = EXCLUDED.opinion, amended_text = EXCLUDED.amended_text,
             edited_by = EXCLUDED.edited_by, revision = official_responses.revision + 1, updated_at = now()
         WHERE official_responses.published_at IS NULL AND ($7::int IS NULL OR official_responses.revision = $7::int)
       RETURNING proposal_id`,
      [proposalId, consultationId, draft.decision, draft.opinion, draft.amendedText, editorId, fromRevision ?? null],
    );
    return returnedRows(result).length > 0;
  }

  /**
   * Freezes a response at publication; only a draft is published, never twice. Every column a
   * reader sees is rewritten from the fingerprinted document, so a draft saved by a colleague while
   * the chair was publishing cannot leave the row saying something the fingerprint does not cover.
   */
  async publish(
    manager: EntityManager,
    proposalId: string,
    at: Date,
    document: OfficialResponseDocument,
    fingerprint: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE official_responses
          SET decision = $2, opinion = $3, amended_text = $4, published_at = $5, document = $6::jsonb, fingerprint = $7
        WHERE proposal_id = $1 AND published_at IS NULL`,
      [proposalId, document.decision, document.opinion, document.amendedText, at, JSON.stringify(document), fingerprint],
    );
  }
}
