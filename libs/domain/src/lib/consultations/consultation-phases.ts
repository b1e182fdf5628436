/** The life of a consultation, in order. */
export const CONSULTATION_PHASES = [
  'draft',
  'proposals_open',
  'voting_open',
  'committee_review',
  'outcomes_published',
  'follow_up',
  'closed',
] as const;
export type ConsultationPhase = (typeof CONSULTATION_PHASES)[number];

export function isConsultationPhase(value: unknown): value is ConsultationPhase {
  return typeof value === 'string' && (CONSULTATION_PHASES as readonly string[]).includes(value);
}

export function phaseIndex(phase: ConsultationPhase): number {
  return CONSULTATION_PHASES.indexOf(phase);
}

export function nextPhase(phase: ConsultationPhase): ConsultationPhase | null {
  return CONSULTATION_PHASES[phaseIndex(phase) + 1] ?? null;
}

/**
 * Who asks for the move: an admin by hand, the committee chair (who publishes the outcomes), or the
 * job that follows the dates.
 */
export type PhaseMover = 'admin' | 'chair' | 'scheduler';

export type PhaseTransitionProblem =
  | 'same-phase'
  | 'skips-phases'
  /** Published outcomes are a public commitment: what follows them only moves forward. */
  | 'outcomes-published'
  /** Only an admin takes responsibility for going back; dates never do. */
  | 'backward-needs-admin'
  /** The committee's responses go public when its chair says so, not when a date passes. */
  | 'outcomes-need-chair'
  /** The chair's only move is publishing the outcomes. */
  | 'chair-only-publishes'
  /** Secret results are unsealed when voting closes: reopening the vote would let late voters use them. */
  | 'secret-results-revealed'
  /** Ballots were cast under the rules of the vote: going back before it would let them change. */
  | 'ballots-cast';

export interface PhaseTransitionContext {
  by: PhaseMover;
  ballotSecrecy?: 'open' | 'secret';
  /** At least one ballot exists (open, registered or sealed). */
  ballotsCast?: boolean;
}

/**
 * One step forward at a time; outcomes are published by the chair, every other step by an admin or
 * the scheduler. One step back, by an admin, only while outcomes are unpublished:
 * voting_open → proposals_open is how a revision round starts (authors rewrite, then everyone grades
 * the new versions), proposals_open → draft fixes a consultation opened by mistake, and
 * committee_review → voting_open reopens a vote closed too early, except for secret ballots. Once a
 * ballot is cast the rules of the vote are frozen, so no move goes back before voting.
 */
export function phaseTransitionProblem(
  from: ConsultationPhase,
  to: ConsultationPhase,
  context: PhaseTransitionContext,
): PhaseTransitionProblem | null {
  const step = phaseIndex(to) - phaseIndex(from);
  if (step === 0) return 'same-phase';
  if (step < 0 && phaseIndex(from) >= phaseIndex('outcomes_published')) return 'outcomes-published';
  if (step > 1 || step < -1) return 'skips-phases';
  if (to === 'outcomes_published') return context.by === 'chair' ? null : 'outcomes-need-chair';
  if (context.by === 'chair') return 'chair-only-publishes';
  if (step === 1) return null;
  if (context.by !== 'admin') return 'backward-needs-admin';
  if (context.ballotsCast && phaseIndex(to) < phaseIndex('voting_open')) return 'ballots-cast';
  if (from === 'committee_review' && context.ballotSecrecy === 'secret') return 'secret-results-revealed';
  return null;
}

export function canMovePhase(from: ConsultationPhase, to: ConsultationPhase, context: PhaseTransitionContext): boolean {
  return phaseTransitionProblem(from, to, context) === null;
}
