import { Inject, Injectable } from '@nestjs/common';
import type { ProposalResults } from '@concordia/contracts';
import type { ConsultationSettings } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RANKED_STATES, roundResults } from '../../votes/results-builder';
import { TalliesRepository } from '../../votes/tallies.repository';
import { VotingContextRepository } from '../../votes/voting-context.repository';

/**
 * The citizens' results of reviewed proposals, computed exactly as the public results are (the votes
 * module's tallies and results builder), so the committee and the outcome page show the same figures,
 * majority-judgment rank included. Only called once voting is closed, when no result is sealed.
 */
@Injectable()
export class CitizenResults {
  constructor(
    private readonly context: VotingContextRepository,
    private readonly tallies: TalliesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(
    consultation: { id: string; settings: ConsultationSettings },
    proposals: readonly { id: string; round: number }[],
  ): Promise<Map<string, ProposalResults>> {
    const wanted = new Set(proposals.map((p) => p.id));
    const results = new Map<string, ProposalResults>();
    for (const round of new Set(proposals.map((p) => p.round))) {
      const [list, tallies] = await Promise.all([
        this.context.roundProposals(consultation.id, round, RANKED_STATES),
        this.tallies.roundTallies(consultation.settings.ballotSecrecy, consultation.id, round, RANKED_STATES),
      ]);
      for (const result of roundResults(consultation.settings, list, tallies, this.config.secretResultsMinimum)) {
        if (wanted.has(result.proposal.id)) results.set(result.proposal.id, result);
      }
    }
    return results;
  }
}
