import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chainEntry, ChainEntry } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { sha256Hex } from './sha256';

/** Any fixed number: the advisory lock that makes appends to the chain one at a time. */
const AUDIT_CHAIN_LOCK = 5_200_414_002;

export interface AuditRow extends ChainEntry {
  seq: number;
  kind: string;
  createdAt: Date;
}

function rowFrom(row: Record<string, any>): AuditRow {
  return {
    seq: Number(row.seq),
    kind: row.kind,
    payload: row.payload,
    previousHash: row.previous_hash,
    hash: row.hash,
    createdAt: row.created_at,
  };
}

/**
 * Appends one entry in the caller's transaction (so an event and its entry commit together). The
 * transaction-scoped advisory lock is held until commit, so two appends never read the same last
 * hash, and sequence numbers (taken under the lock) follow the chain's order. A plain function so
 * the demo seed chains its history the same way.
 */
export async function appendAuditEntry(manager: EntityManager, kind: string, payload: Record<string, unknown>): Promise<AuditRow> {
  await manager.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
  const [last] = await manager.query(`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
  const entry = chainEntry(last?.hash ?? null, { kind, ...payload }, sha256Hex);
  const [row] = await manager.query(
    `INSERT INTO audit_log (kind, payload, previous_hash, hash) VALUES ($1, $2::jsonb, $3, $4) RETURNING *`,
    [kind, JSON.stringify(entry.payload), entry.previousHash, entry.hash],
  );
  return rowFrom(row);
}

/** The public audit log: each entry's hash covers its payload and the previous hash (libs/domain chainEntry). */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  append(manager: EntityManager, kind: string, payload: Record<string, unknown>): Promise<AuditRow> {
    return appendAuditEntry(manager, kind, payload);
  }

  async page(page: number, pageSize: number): Promise<{ items: AuditRow[]; total: number }> {
    const rows = await this.db.query(`SELECT * FROM audit_log ORDER BY seq LIMIT $1 OFFSET $2`, [pageSize, (page - 1) * pageSize]);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    return { items: rows.map(rowFrom), total: n };
  }

  /**
   * One consultation's entries: by id (payload.consultationId), or by the slug it had when the entry
   * was written for the kinds that name only that. A slug never used gives an empty page.
   */
  async consultationPage(slug: string, page: number, pageSize: number): Promise<{ items: AuditRow[]; total: number }> {
    const where = `(payload->>'consultationId' = (SELECT id::text FROM consultations WHERE slug = $1) OR payload->>'consultation' = $1)`;
    const rows = await this.db.query(`SELECT * FROM audit_log WHERE ${where} ORDER BY seq LIMIT $2 OFFSET $3`, [
      slug,
      pageSize,
      (page - 1) * pageSize,
    ]);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`, [slug]);
    return { items: rows.map(rowFrom), total: n };
  }

  /** Entries after `afterSeq`, in chain order, a batch at a time (the verifier walks the whole log). */
  async batch(afterSeq: number, size: number): Promise<AuditRow[]> {
    const rows = await this.db.query(`SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`, [afterSeq, size]);
    return rows.map(rowFrom);
  }
}
