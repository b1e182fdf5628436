import { phaseIndex } from '../consultations/consultation-phases';
import type { ConsultationPhase } from '../consultations/consultation-phases';

export interface MergeCandidate {
  id: string;
  consultationId: string;
  state: string;
  round: number;
}

/** A duplicate may be merged while it waits, once published, or while hidden by reports. */
export const MERGEABLE_SOURCE_STATES: readonly string[] = ['submitted', 'published', 'hidden'];

export type MergeProblem =
  | 'same-proposal'
  | 'other-consultation'
  | 'source-not-mergeable'
  | 'target-not-published'
  | 'different-round'
  | 'voting-closed'
  | 'secret-ballots-overlap';

/**
 * Merging A into B moves A's ballots to B, so it must happen while ballots still count for
 * something changeable: never once voting has closed (published tallies would change), never
 * across rounds or consultations.
 *
 * Secret ballots: the box rows carry no participant, so when someone voted secretly on both A
 * and B there is no way to tell which of A's box rows is theirs, to drop it. Moving all of A's
 * box rows would count that person twice; dropping all would lose everyone else's vote. So a
 * merge with secret ballots goes ahead only when no participant voted on both (then every
 * register row and every box row of A moves, and B's register still matches its box one to one);
 * otherwise it is refused and the duplicate can be rejected as such instead.
 */
export function mergeProblem(
  from: MergeCandidate,
  into: MergeCandidate,
  phase: ConsultationPhase,
  secretOverlap: number,
): MergeProblem | null {
  if (from.id === into.id) return 'same-proposal';
  if (from.consultationId !== into.consultationId) return 'other-consultation';
  if (!MERGEABLE_SOURCE_STATES.includes(from.state)) return 'source-not-mergeable';
  if (into.state !== 'published') return 'target-not-published';
  if (from.round !== into.round) return 'different-round';
  if (phaseIndex(phase) > phaseIndex('voting_open')) return 'voting-closed';
  if (secretOverlap > 0) return 'secret-ballots-overlap';
  return null;
}
