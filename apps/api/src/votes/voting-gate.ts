import { Injectable } from '@nestjs/common';
import { isCurrentRound, phaseAllows, phaseIndex } from '@concordia/domain';
import type { UserEntity } from '../accounts/user.entity';
import { conflict, notFound } from '../common/http/app-exception';
import { EligibilityService } from '../consultations/eligibility.service';
import { VotingContextRepository, VotingTarget } from './voting-context.repository';

/** Never public: asking for one answers as if it did not exist. */
const PRIVATE_STATES = new Set(['draft', 'submitted', 'rejected', 'hidden']);

/**
 * The questions every vote endpoint asks, in the order a person would want the answers:
 * does the proposal exist for me (404), may anyone vote on it now (409), may I (403).
 */
@Injectable()
export class VotingGate {
  constructor(
    private readonly context: VotingContextRepository,
    private readonly eligibility: EligibilityService,
  ) {}

  /** A public proposal of a public consultation, or 404. */
  async publicTarget(proposalId: string): Promise<VotingTarget> {
    const target = await this.context.findTarget(proposalId);
    if (!target || PRIVATE_STATES.has(target.proposal.state) || target.consultation.phase === 'draft') {
      throw notFound('votes.proposal-not-found');
    }
    return target;
  }

  /** The phase must open voting for the method, and the proposal must stand in the round being voted. */
  assertVotingOpen({ proposal, consultation }: VotingTarget): void {
    const { phase, settings, revisionRound } = consultation;
    if (!phaseAllows(phase, 'vote', settings.votingMethod)) {
      throw conflict(phaseIndex(phase) < phaseIndex('voting_open') ? 'votes.not-open-yet' : 'votes.closed');
    }
    if (proposal.state !== 'published') throw conflict('votes.proposal-not-votable');
    if (!isCurrentRound(proposal.round, revisionRound)) throw conflict('votes.round-closed', { round: revisionRound });
  }

  /** Any verified account, or those who joined a residents' or panel consultation: the consultations module decides. */
  async assertEligible({ consultation }: VotingTarget, user: UserEntity): Promise<void> {
    await this.eligibility.assertEligible({ id: consultation.id, settings: consultation.settings as unknown as Record<string, unknown> }, user);
  }
}
