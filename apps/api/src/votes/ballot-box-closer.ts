import { Injectable, Logger } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { shuffled } from '@concordia/domain';
import type { EntityManager } from 'typeorm';
import { conflict } from '../common/http/app-exception';
import { BallotBoxRepository } from './ballot-box.repository';
import { BallotSealer } from './ballot-sealer';

/**
 * The close of a secret vote, in the transaction that moves the phase on: each proposal's sealed
 * ballots are opened, their values written to the box in a cryptographically random order and
 * their trackers to the public list in sorted order, and the sealed rows deleted. Every box row
 * then carries this one transaction's id, and its place in the table owes nothing to when, or by
 * whom, it was cast.
 */
@Injectable()
export class BallotBoxCloser {
  private readonly logger = new Logger('BallotBox');

  constructor(
    private readonly box: BallotBoxRepository,
    private readonly sealer: BallotSealer,
  ) {}

  async unseal(manager: EntityManager, consultationId: string): Promise<void> {
    await this.box.lockProposals(manager, consultationId);
    let ballots = 0;
    for (const proposalId of await this.box.proposalsWithSealedBallots(manager, consultationId)) {
      const sealed = await this.box.sealedOf(manager, consultationId, proposalId);
      // A ballot that does not open (another BALLOT_KEY, altered bytes) stops the close: the vote
      // stays open rather than be counted without it.
      const values = sealed.map((row) => this.open(consultationId, row.sealed));
      await this.box.addToBox(manager, proposalId, shuffled(values, (n) => randomInt(n)));
      await this.box.publishTrackers(manager, proposalId, sealed.map((row) => row.tracker));
      ballots += values.length;
    }
    await this.box.dropSealed(manager, consultationId);
    if (ballots > 0) this.logger.log({ consultationId, ballots }, 'secret ballot box unsealed');
  }

  private open(consultationId: string, sealed: Buffer): number {
    try {
      return this.sealer.open(consultationId, sealed);
    } catch {
      this.logger.error({ consultationId }, 'a sealed ballot does not open with the configured BALLOT_KEY: the vote stays open');
      throw conflict('votes.ballot-key-mismatch');
    }
  }

  async vacuum(): Promise<void> {
    await this.box.vacuumSealed().catch((error) => this.logger.warn({ code: (error as { code?: string }).code }, 'vacuum of sealed ballots failed'));
  }
}
