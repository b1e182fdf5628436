import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditVerification, Page } from '@concordia/contracts';
import { verifyChain } from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository, AuditRow } from './audit-log.repository';
import { sha256Hex } from './sha256';

/**
 * Kinds written so far (payloads carry public data only, never a person):
 * - committee.vote-closed: {kind, at, consultation (slug), proposal {id, ref}, tally (the closed tally), decision}
 * - outcomes.published: {kind, at, consultation (slug), responses [{proposalId, ref, decision, fingerprint}]}
 * Other features may append their own public events through `append`.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly log: AuditLogRepository) {}

  append(manager: EntityManager, kind: string, payload: Record<string, unknown>): Promise<AuditRow> {
    return this.log.append(manager, kind, { at: new Date().toISOString(), ...payload });
  }

  async page(page: number, pageSize: number): Promise<Page<AuditEntryView>> {
    const { items, total } = await this.log.page(page, pageSize);
    return { items: items.map(view), page, pageSize, total };
  }

  /** Walks the whole chain from its first entry, a thousand entries at a time. */
  async verify(): Promise<AuditVerification> {
    let lastHash: string | null = null;
    let lastSeq = 0;
    let checked = 0;
    for (;;) {
      const batch = await this.log.batch(lastSeq, 1000);
      if (batch.length === 0) return { valid: true, entries: checked, lastHash };
      const result = verifyChain(batch, sha256Hex, lastHash);
      if (!result.valid) return { valid: false, entries: checked + result.index, seq: batch[result.index].seq, problem: result.problem };
      lastHash = result.lastHash;
      lastSeq = batch[batch.length - 1].seq;
      checked += batch.length;
    }
  }
}

function view(row: AuditRow): AuditEntryView {
  return {
    seq: row.seq,
    kind: row.kind,
    payload: row.payload,
    previousHash: row.previousHash,
    hash: row.hash,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
