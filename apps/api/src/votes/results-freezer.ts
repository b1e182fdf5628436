import { Inject, Injectable } from '@nestjs/common';
import { canonicalFingerprint } from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { sha256Hex } from '../audit/sha256';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { FrozenResultsRepository, FrozenRow } from './frozen-results.repository';
import { RANKED_STATES, roundResults } from './results-builder';
import { TalliesRepository } from './tallies.repository';
import { VotingContextRepository } from './voting-context.repository';

export interface FrozenRound {
  round: number;
  proposals: number;
  /** SHA-256 of the canonical JSON (RFC 8785) of the frozen list: what the public record keeps. */
  fingerprint: string;
}

/**
 * Computes a round's results once, at its close, from the ballots as they are in that transaction
 * (the secret box just unsealed), and stores them in their published order.
 */
@Injectable()
export class ResultsFreezer {
  constructor(
    private readonly context: VotingContextRepository,
    private readonly tallies: TalliesRepository,
    private readonly frozen: FrozenResultsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async freeze(manager: EntityManager, consultationId: string): Promise<FrozenRound | null> {
    const consultation = await this.context.findConsultationById(consultationId, manager);
    if (!consultation) return null;
    const round = consultation.revisionRound;
    const [proposals, tallies] = [
      await this.context.roundProposals(consultation.id, round, RANKED_STATES, manager),
      await this.tallies.roundTallies(consultation.settings.ballotSecrecy, consultation.id, round, RANKED_STATES, manager),
    ];
    const results = roundResults(consultation.settings, proposals, tallies, this.config.secretResultsMinimum);
    const rows: FrozenRow[] = results.map(({ proposal, ...data }) => ({ proposalId: proposal.id, data }));
    // The list as the open data publishes it: what the fingerprint covers.
    const published = results.map(({ proposal }, index) => ({ proposalId: proposal.id, ref: proposal.ref, position: index + 1, ...rows[index].data }));
    const fingerprint = canonicalFingerprint(published, sha256Hex);
    await this.frozen.freeze(manager, consultation.id, round, rows, fingerprint);
    return { round, proposals: rows.length, fingerprint };
  }

  async thaw(manager: EntityManager, consultationId: string): Promise<void> {
    const consultation = await this.context.findConsultationById(consultationId, manager);
    if (consultation) await this.frozen.thaw(manager, consultation.id, consultation.revisionRound);
  }
}
