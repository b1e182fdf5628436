import { ConsultationPhase, phaseIndex } from '../consultations/consultation-phases';
import type { ConsultationSettings } from '../consultations/consultation-settings';

/**
 * A revision round (majority judgment) in the life of a consultation.
 *
 * It starts once the vote of the current round is closed (committee_review), because it acts on
 * majority grades, and secret results are unsealed only then. It sends the proposals graded at or
 * below the threshold back to their authors and reopens the vote (committee_review → voting_open)
 * for the next round, in which only the new versions can be graded.
 *
 * `phaseTransitionProblem` refuses committee_review → voting_open for secret ballots, so that no
 * late voter grades a proposal whose results are already public. A revision round keeps that
 * promise another way: ballots are accepted only on proposals of the current round, which are new
 * texts nobody has graded yet, so this is an explicit rule beside the phase machine, not a
 * loosening of it.
 */
export const REVISION_ROUND_FROM: ConsultationPhase = 'committee_review';
export const REVISION_ROUND_TO: ConsultationPhase = 'voting_open';

export type RevisionRoundProblem =
  | 'needs-majority-judgment'
  /** No revision threshold configured: the consultation has no revision round. */
  | 'no-revision-threshold'
  /** The grades are not final yet (and secret ones still sealed). */
  | 'voting-not-closed'
  /** The committee has answered in public: the texts it answered are final. */
  | 'outcomes-published';

export function revisionRoundProblem(
  phase: ConsultationPhase,
  settings: Pick<ConsultationSettings, 'votingMethod' | 'revisionThreshold'>,
): RevisionRoundProblem | null {
  if (settings.votingMethod !== 'majority_judgment') return 'needs-majority-judgment';
  if (settings.revisionThreshold === null) return 'no-revision-threshold';
  if (phaseIndex(phase) < phaseIndex(REVISION_ROUND_FROM)) return 'voting-not-closed';
  if (phaseIndex(phase) > phaseIndex(REVISION_ROUND_FROM)) return 'outcomes-published';
  return null;
}

/** Only the proposals of the round being voted take ballots; earlier rounds are closed for good. */
export function isCurrentRound(proposalRound: number, consultationRound: number): boolean {
  return proposalRound === consultationRound;
}

/**
 * Secret results are sealed, for everyone, while the round they belong to may still be voted:
 * up to and including voting_open for the current round. Results of an earlier round were
 * unsealed when that round closed and stay public.
 */
export function secretResultsSealed(
  phase: ConsultationPhase,
  ballotSecrecy: ConsultationSettings['ballotSecrecy'],
  proposalRound: number,
  consultationRound: number,
): boolean {
  if (ballotSecrecy !== 'secret') return false;
  if (proposalRound < consultationRound) return false;
  return phaseIndex(phase) <= phaseIndex('voting_open');
}
