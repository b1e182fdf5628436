import { Injectable } from '@nestjs/common';
import type { BallotTrackerCheck, BallotTrackerList } from '@concordia/contracts';
import { normaliseTracker, phaseIndex } from '@concordia/domain';
import { AppException } from '../common/http/app-exception';
import { BallotTrackersRepository } from './ballot-trackers.repository';
import { VotingConsultation, VotingContextRepository } from './voting-context.repository';

/** Individual verifiability: each secret voter finds their tracker, everyone compares the counts. */
@Injectable()
export class BallotTrackersService {
  constructor(
    private readonly context: VotingContextRepository,
    private readonly trackers: BallotTrackersRepository,
  ) {}

  async list(slug: string, page: number, pageSize: number): Promise<BallotTrackerList> {
    const consultation = await this.secretConsultation(slug);
    const votingOpen = phaseIndex(consultation.phase) <= phaseIndex('voting_open');
    const [counts, items] = await Promise.all([
      this.trackers.counts(consultation.id, closedBelow(consultation)),
      this.trackers.page(consultation.id, page, pageSize),
    ]);
    return { slug: consultation.slug, votingOpen, counts, items, page, pageSize, total: counts.trackers };
  }

  async check(slug: string, typed: string): Promise<BallotTrackerCheck> {
    const consultation = await this.secretConsultation(slug);
    const tracker = normaliseTracker(typed);
    if (!tracker) throw new AppException(400, 'votes.tracker-invalid');
    const found = await this.trackers.find(consultation.id, tracker);
    return { tracker, found: !!found, proposal: found?.proposal ?? null };
  }

  private async secretConsultation(slug: string): Promise<VotingConsultation> {
    const consultation = await this.context.findConsultation(slug);
    if (!consultation || consultation.phase === 'draft') throw new AppException(404, 'consultations.not-found');
    if (consultation.settings.ballotSecrecy !== 'secret') throw new AppException(404, 'votes.no-trackers');
    return consultation;
  }
}

/** The first round whose ballots are still sealed: the current one until its vote closes. */
function closedBelow({ phase, revisionRound }: VotingConsultation): number {
  return phaseIndex(phase) > phaseIndex('voting_open') ? revisionRound + 1 : revisionRound;
}
