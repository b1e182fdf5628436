import { createHmac } from 'node:crypto';
import type {
  OpenDataAuditEntry,
  OpenDataBoxValue,
  OpenDataComment,
  OpenDataCommitteeTally,
  OpenDataOpenBallot,
  OpenDataProposal,
  OpenDataResponse,
  OpenDataTracker,
  OpenDataVersion,
} from '@concordia/contracts';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * A participant's pseudonym in one consultation's open data: stable there (their ballots can be
 * read together, as Pol.is data is), unrelated to the same person's pseudonym anywhere else, and
 * not reversible without the server's key.
 */
export function pseudonym(key: string, consultationId: string, participantId: string): string {
  return createHmac('sha256', key).update(`open-data:${consultationId}:${participantId}`).digest('base64url').slice(0, 16);
}

export const toProposal = (r: Record<string, any>): OpenDataProposal => ({
  id: r.id,
  ref: Number(r.ref),
  round: r.round,
  state: r.state,
  theme: r.theme,
  revisionOf: r.revision_of,
  title: r.title,
  summary: r.summary,
  body: r.body,
  publishedAt: iso(r.published_at),
});

export const toVersion = (r: Record<string, any>): OpenDataVersion => ({
  proposalId: r.proposal_id,
  version: r.version,
  title: r.title,
  summary: r.summary,
  body: r.body,
  createdAt: iso(r.created_at) as string,
});

export const toComment = (r: Record<string, any>): OpenDataComment => ({
  id: r.id,
  proposalId: r.proposal_id,
  parentId: r.parent_id,
  stance: r.stance,
  body: r.body,
  createdAt: iso(r.created_at) as string,
});

export const toOpenBallot =
  (key: string, consultationId: string) =>
  (r: Record<string, any>): OpenDataOpenBallot => ({ participant: pseudonym(key, consultationId, r.participant_id), proposalId: r.proposal_id, value: r.value });

export const toBoxValue = (r: Record<string, any>): OpenDataBoxValue => ({ proposalId: r.proposal_id, value: r.value });
export const toTracker = (r: Record<string, any>): OpenDataTracker => ({ proposalId: r.proposal_id, tracker: r.tracker });
export const toCommitteeTally = (r: Record<string, any>): OpenDataCommitteeTally => ({ proposalId: r.proposal_id, decision: r.decision, tally: r.tally });
export const toResponse = (r: Record<string, any>): OpenDataResponse => ({
  proposalId: r.proposal_id,
  publishedAt: iso(r.published_at) as string,
  document: r.document,
  fingerprint: r.fingerprint,
});
export const toAuditEntry = (r: Record<string, any>): OpenDataAuditEntry => ({
  seq: Number(r.seq),
  kind: r.kind,
  payload: r.payload,
  previousHash: r.previous_hash,
  hash: r.hash,
  createdAt: iso(r.created_at) as string,
});
