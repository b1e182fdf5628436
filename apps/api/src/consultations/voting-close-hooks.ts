import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Work that must happen in the very transaction that closes a consultation's vote (the phase
 * leaving voting_open), so that no reader ever sees the vote closed with its ballots unprocessed.
 * Registered by the modules that own that work (votes unseals the secret ballot box), so that
 * consultations does not depend on them.
 */
export interface VotingCloseHook {
  /** What it returns joins the public record's voting.closed entry (e.g. the results' fingerprint). */
  inTransaction(manager: EntityManager, consultationId: string): Promise<Record<string, unknown> | void>;
  /** A closed vote opened again (committee_review → voting_open, open ballots only). */
  onReopen?(manager: EntityManager, consultationId: string): Promise<void>;
  /** Maintenance that cannot run inside a transaction (VACUUM). */
  afterCommit?(consultationId: string): Promise<void>;
}

@Injectable()
export class VotingCloseHooks {
  private readonly hooks: VotingCloseHook[] = [];

  register(hook: VotingCloseHook): void {
    this.hooks.push(hook);
  }

  async inTransaction(manager: EntityManager, consultationId: string): Promise<Record<string, unknown>> {
    let recorded: Record<string, unknown> = {};
    for (const hook of this.hooks) recorded = { ...recorded, ...((await hook.inTransaction(manager, consultationId)) ?? {}) };
    return recorded;
  }

  async onReopen(manager: EntityManager, consultationId: string): Promise<void> {
    for (const hook of this.hooks) await hook.onReopen?.(manager, consultationId);
  }

  async afterCommit(consultationId: string): Promise<void> {
    for (const hook of this.hooks) await hook.afterCommit?.(consultationId);
  }
}
