import { Injectable } from '@nestjs/common';
import type { AuditEntryView, AuditVerification, Page } from '@concordia/contracts';
import { verifyChain } from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository, AuditRow } from './audit-log.repository';
import { sha256Hex } from './sha256';

/** A kind and its payload, for features that hand events to a repository writing them in its transaction. */
export type AuditEvent = [kind: string, payload: Record<string, unknown>];

/**
 * The consultations' public record: every governance action appends an entry in the transaction
 * of the action itself. Payloads carry public data only, never a person (no account, no actor, no
 * free text a person wrote about someone); most name `consultationId` and `consultation` (its slug
 * at the time). Kinds:
 * - consultation.created {title, settings}; consultation.settings-changed {before, after} (the changed
 *   settings only); consultation.schedule-changed {before, after}
 * - consultation.phase-changed {from, to, by: admin | scheduler}; voting.opened {round};
 *   voting.closed {round, ballots: {open, register, box}}; voting.revision-round-started {round, threshold, revise, keep}
 * - eligibility.codes-issued {count}
 * - moderation.decided {action, reason, target {type, id}, from, to} (public content only); moderation.merged {from, into}
 * - committee.roster-changed {members, chair}; committee.vote-closed {proposal {id, ref}, tally, decision}
 * - outcomes.published {responses [{proposalId, ref, decision, fingerprint}]}; follow-up.milestone {proposal, status}
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly log: AuditLogRepository) {}

  append(manager: EntityManager, kind: string, payload: Record<string, unknown>): Promise<AuditRow> {
    return this.log.append(manager, kind, { at: new Date().toISOString(), ...payload });
  }

  async page(page: number, pageSize: number, consultation?: string): Promise<Page<AuditEntryView>> {
    const { items, total } = consultation ? await this.log.consultationPage(consultation, page, pageSize) : await this.log.page(page, pageSize);
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
