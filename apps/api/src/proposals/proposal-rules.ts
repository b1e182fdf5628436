import type { ProposalState } from '@concordia/contracts';
import { phaseIndex } from '@concordia/domain';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import type { ProposalEntity } from './proposal.entity';

/** States anyone may read: published, then everything the committee and follow-up do with it. */
export const PUBLIC_STATES: readonly ProposalState[] = [
  'published',
  'under_review',
  'adopted',
  'adopted_with_amendments',
  'not_adopted',
  'out_of_scope',
  'revision_requested',
  'superseded',
  'merged',
];

/** While the text may still change (under the phase rules); later states are settled. */
export const EDITABLE_STATES: readonly ProposalState[] = ['draft', 'submitted', 'published', 'rejected', 'revision_requested'];
/** Submitting starts moderation; a rejected proposal may be revised and submitted again. */
export const SUBMITTABLE_STATES: readonly ProposalState[] = ['draft', 'rejected'];
export const WITHDRAWABLE_STATES: readonly ProposalState[] = ['draft', 'submitted', 'published', 'rejected', 'revision_requested'];

/** A proposal withdrawn after publication stays readable (with its state): it was part of the debate. */
export function isPublicProposal(proposal: Pick<ProposalEntity, 'state' | 'publishedAt'>): boolean {
  return PUBLIC_STATES.includes(proposal.state) || (proposal.state === 'withdrawn' && proposal.publishedAt !== null);
}

/** The viewer's relation to a proposal, read once per request. */
export interface Authorship {
  firstAuthor: boolean;
  /** First author or accepted co-author. */
  author: boolean;
  /** Invited, not yet accepted: may read the proposal to decide. */
  invited: boolean;
}

export const NO_AUTHORSHIP: Authorship = { firstAuthor: false, author: false, invited: false };

/**
 * Authors see their proposals in every state; a draft is theirs alone (and their invitees').
 * Everyone sees public ones. Whoever moderates the consultation also sees what awaits or received a
 * decision (`mayModerate`, asked only when needed: it may read the committee roster).
 */
export async function canView(proposal: ProposalEntity, authorship: Authorship, mayModerate: () => Promise<boolean>): Promise<boolean> {
  if (authorship.author || authorship.invited) return true;
  if (proposal.state === 'draft') return false;
  return isPublicProposal(proposal) || (await mayModerate());
}

/** The states a moderator acts on from a proposal's page (the queue's decisions apply to them). */
export const MODERATABLE_STATES: readonly ProposalState[] = ['submitted', 'published', 'hidden'];

/** Withdrawing is possible until the committee starts its review. */
export function phaseAllowsWithdrawal(consultation: ConsultationEntity): boolean {
  return phaseIndex(consultation.phase) < phaseIndex('committee_review');
}
