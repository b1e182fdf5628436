import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationResults, ProposalResults } from '@concordia/contracts';
import { secretResultsSealed } from '@concordia/domain';
import { AppException, forbidden } from '../common/http/app-exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FrozenResultsRepository } from './frozen-results.repository';
import { ResultsCache } from './results-cache';
import { RANKED_STATES, roundResults, singleResults } from './results-builder';
import { TalliesRepository } from './tallies.repository';
import { VotingConsultation, VotingContextRepository } from './voting-context.repository';
import { VotingGate } from './voting-gate';

/**
 * Public results. A closed round is served as frozen at its close; a round being voted is computed
 * from the ballots, cached a few seconds (RESULTS_CACHE_MS). Secret results of the round being voted
 * are sealed for everyone: no role is consulted here, so no role can open them.
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly gate: VotingGate,
    private readonly context: VotingContextRepository,
    private readonly tallies: TalliesRepository,
    private readonly frozen: FrozenResultsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.live = new ResultsCache(config.resultsCacheMs);
    this.pages = new ResultsCache(config.resultsCacheMs);
    this.proposals = new ResultsCache(config.resultsCacheMs);
  }

  private readonly live: ResultsCache<ProposalResults[]>;
  /**
   * Whole answers, as served, for the same few seconds: a crowd on a results page then costs no query
   * at all. A refusal (sealed, not found) is never kept, so sealing cannot be bypassed by the cache.
   */
  private readonly pages: ResultsCache<ConsultationResults>;
  private readonly proposals: ResultsCache<ProposalResults>;

  forProposal(proposalId: string): Promise<ProposalResults> {
    return this.proposals.get(proposalId, () => this.computeForProposal(proposalId));
  }

  forConsultation(slug: string, page: number, pageSize: number, round?: number): Promise<ConsultationResults> {
    return this.pages.get(`${slug}:${round ?? 'current'}:${page}:${pageSize}`, () => this.computeForConsultation(slug, page, pageSize, round));
  }

  private async computeForProposal(proposalId: string): Promise<ProposalResults> {
    const { proposal, consultation } = await this.gate.publicTarget(proposalId);
    this.assertUnsealed(consultation, proposal.round);
    const frozen = await this.frozen.forProposal(proposal.id, proposal.round);
    if (frozen) return frozen;
    const { settings } = consultation;
    const ranked = (RANKED_STATES as readonly string[]).includes(proposal.state);
    if (settings.votingMethod === 'majority_judgment' && ranked) {
      // Its rank needs the whole round: one grouped aggregate, then the domain's ranking.
      const round = await this.round(consultation, proposal.round);
      const found = round.find((r) => r.proposal.id === proposal.id);
      if (found) return found;
    }
    return singleResults(settings, proposal, await this.tallies.proposalTally(settings.ballotSecrecy, proposal.id), this.config.secretResultsMinimum);
  }

  private async computeForConsultation(slug: string, page: number, pageSize: number, round?: number): Promise<ConsultationResults> {
    const consultation = await this.context.findConsultation(slug);
    if (!consultation || consultation.phase === 'draft') throw new AppException(404, 'consultations.not-found');
    const shown = round ?? consultation.revisionRound;
    if (shown > consultation.revisionRound) throw new AppException(404, 'votes.round-not-found', { max: consultation.revisionRound });
    this.assertUnsealed(consultation, shown);
    const frozen = await this.frozen.page(consultation.id, shown, page, pageSize);
    const all = frozen ? null : await this.round(consultation, shown);
    return {
      consultationId: consultation.id,
      slug: consultation.slug,
      phase: consultation.phase,
      method: consultation.settings.votingMethod,
      secrecy: consultation.settings.ballotSecrecy,
      round: shown,
      currentRound: consultation.revisionRound,
      items: frozen?.items ?? (all as ProposalResults[]).slice((page - 1) * pageSize, page * pageSize),
      page,
      pageSize,
      total: frozen?.total ?? (all as ProposalResults[]).length,
    };
  }

  private assertUnsealed(consultation: VotingConsultation, round: number): void {
    const { phase, settings, revisionRound } = consultation;
    if (secretResultsSealed(phase, settings.ballotSecrecy, round, revisionRound)) throw forbidden('votes.results-sealed');
  }

  private round(consultation: VotingConsultation, round: number): Promise<ProposalResults[]> {
    return this.live.get(`${consultation.id}:${round}`, async () => {
      const [proposals, tallies] = await Promise.all([
        this.context.roundProposals(consultation.id, round, RANKED_STATES),
        this.tallies.roundTallies(consultation.settings.ballotSecrecy, consultation.id, round, RANKED_STATES),
      ]);
      return roundResults(consultation.settings, proposals, tallies, this.config.secretResultsMinimum);
    });
  }
}
