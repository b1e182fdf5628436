import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { returnedRows } from './query-result';

export type JoinedVia = 'residents' | 'panel';

/** Who joined a residents-only or panel consultation (consultation_participants), and the panel's codes. */
@Injectable()
export class ParticipantsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async joinedVia(consultationId: string, userId: string): Promise<JoinedVia | null> {
    const rows: { via: JoinedVia }[] = await this.db.query(
      `SELECT via FROM consultation_participants WHERE consultation_id = $1 AND user_id = $2`,
      [consultationId, userId],
    );
    return rows[0]?.via ?? null;
  }

  /** A resident may correct the postcode declared; joining twice is harmless. */
  async joinAsResident(consultationId: string, userId: string, postcode: string): Promise<void> {
    await this.db.query(
      `INSERT INTO consultation_participants (consultation_id, user_id, via, postcode) VALUES ($1, $2, 'residents', $3)
       ON CONFLICT (consultation_id, user_id) DO UPDATE SET postcode = EXCLUDED.postcode, via = 'residents'`,
      [consultationId, userId, postcode],
    );
  }

  /**
   * Spends a code and records the member in one transaction. The conditional UPDATE is the lock:
   * of any number of requests racing with one code, exactly one finds it unused.
   * Returns 'joined' (also when already a member: no second code is spent), or why not: the code
   * is unknown here, or already spent.
   */
  async joinWithCode(consultationId: string, userId: string, codeHash: string): Promise<'joined' | 'unknown' | 'used'> {
    return this.db.transaction(async (manager) => {
      // One join at a time per person and consultation: two different codes sent at once by the
      // same person must not both be spent.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ':' || $2, 0))`, [consultationId, userId]);
      const member: unknown[] = await manager.query(
        `SELECT 1 FROM consultation_participants WHERE consultation_id = $1 AND user_id = $2 AND via = 'panel'`,
        [consultationId, userId],
      );
      if (member.length > 0) return 'joined';
      const claimed = returnedRows(
        await manager.query(
          `UPDATE invitation_codes SET used_by = $3, used_at = now()
           WHERE code_hash = $1 AND consultation_id = $2 AND used_at IS NULL RETURNING code_hash`,
          [codeHash, consultationId, userId],
        ),
      );
      if (claimed.length === 0) {
        const known: unknown[] = await manager.query(`SELECT 1 FROM invitation_codes WHERE code_hash = $1 AND consultation_id = $2`, [codeHash, consultationId]);
        return known.length > 0 ? 'used' : 'unknown';
      }
      await manager.query(
        `INSERT INTO consultation_participants (consultation_id, user_id, via) VALUES ($1, $2, 'panel')
         ON CONFLICT (consultation_id, user_id) DO UPDATE SET via = 'panel', postcode = NULL`,
        [consultationId, userId],
      );
      return 'joined';
    });
  }

  /** Stores a batch of code hashes (never the codes) in one statement. */
  /** With the public record of how many codes were issued (the count only: a code is a person's key). */
  async insertCodes(consultationId: string, batchId: string, hashes: string[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(`INSERT INTO invitation_codes (code_hash, consultation_id, batch_id) SELECT unnest($1::text[]), $2, $3`, [
        hashes,
        consultationId,
        batchId,
      ]);
      await this.audit.append(manager, 'eligibility.codes-issued', { consultationId, count: hashes.length });
    });
  }

  async codeBatches(consultationId: string): Promise<{ batchId: string; createdAt: string; total: number; used: number }[]> {
    const rows: { batch_id: string; created_at: Date; total: number; used: number }[] = await this.db.query(
      `SELECT batch_id, min(created_at) AS created_at, count(*)::int AS total, count(used_at)::int AS used
       FROM invitation_codes WHERE consultation_id = $1 GROUP BY batch_id ORDER BY min(created_at) DESC LIMIT 100`,
      [consultationId],
    );
    return rows.map((row) => ({ batchId: row.batch_id, createdAt: new Date(row.created_at).toISOString(), total: row.total, used: row.used }));
  }
}
