import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VotingCloseHook, VotingCloseHooks } from '../consultations/voting-close-hooks';
import { BallotBoxCloser } from './ballot-box-closer';
import { ResultsFreezer } from './results-freezer';
import { TalliesRepository } from './tallies.repository';

/**
 * What closing a vote means for ballots, in order and in the closing transaction: the secret box is
 * unsealed first, then the round's results are computed from it and frozen, and its ballots are
 * counted for the public record. Reopening an open vote closed too early thaws the results.
 */
@Injectable()
export class VoteCloseHook implements VotingCloseHook, OnModuleInit {
  constructor(
    private readonly hooks: VotingCloseHooks,
    private readonly box: BallotBoxCloser,
    private readonly freezer: ResultsFreezer,
    private readonly tallies: TalliesRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async inTransaction(manager: EntityManager, consultationId: string): Promise<Record<string, unknown>> {
    await this.box.unseal(manager, consultationId);
    const frozen = await this.freezer.freeze(manager, consultationId);
    if (!frozen) return {};
    const ballots = await this.tallies.roundBallotCounts(manager, consultationId, frozen.round);
    return { ballots, results: { proposals: frozen.proposals, fingerprint: frozen.fingerprint } };
  }

  async onReopen(manager: EntityManager, consultationId: string): Promise<void> {
    await this.freezer.thaw(manager, consultationId);
  }

  async afterCommit(): Promise<void> {
    await this.box.vacuum();
  }
}
