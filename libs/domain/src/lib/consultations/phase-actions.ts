import { ConsultationPhase } from './consultation-phases';
import { VotingMethod } from './consultation-settings';

export const CONSULTATION_ACTIONS = [
  'propose',
  'edit_proposal',
  'vote',
  'comment',
  'review',
  'publish_outcomes',
  'post_follow_up',
] as const;
export type ConsultationAction = (typeof CONSULTATION_ACTIONS)[number];

/**
 * What each phase opens, whoever may then act (roles and eligibility are checked elsewhere).
 * - Texts change only while proposals are open: everyone votes on, and the committee reviews, the
 *   same words. A revision round reopens proposals (one step back) rather than editing under votes.
 * - Deliberation runs alongside proposals and votes, then stops so the committee reviews a settled record.
 * - With `support`, supports are collected as soon as proposals appear, as Decide Madrid does, so a
 *   support threshold can pick what the committee reviews; for/against and majority-judgment ballots
 *   wait for the vote, so that every proposal is judged on one list and over the same period.
 */
const ALLOWED: Record<ConsultationPhase, readonly ConsultationAction[]> = {
  draft: [],
  proposals_open: ['propose', 'edit_proposal', 'comment'],
  voting_open: ['vote', 'comment'],
  committee_review: ['review', 'publish_outcomes'],
  outcomes_published: ['post_follow_up'],
  follow_up: ['post_follow_up'],
  closed: [],
};

export function allowedActions(phase: ConsultationPhase, method: VotingMethod): ConsultationAction[] {
  const actions = [...ALLOWED[phase]];
  if (phase === 'proposals_open' && method === 'support') actions.push('vote');
  return CONSULTATION_ACTIONS.filter((action) => actions.includes(action));
}

export function phaseAllows(phase: ConsultationPhase, action: ConsultationAction, method: VotingMethod): boolean {
  return allowedActions(phase, method).includes(action);
}
