import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../common/http/app-exception';
import { SUPPORT_CAP_LOCK, supportsGivenQuery } from './support-cap';

export interface StoredBallot {
  value: number;
  castAt: Date;
}

/** Thrown inside the transaction to roll the support back; never leaves this file. */
class OverCap extends Error {}

/**
 * Open ballots: one row per (proposal, participant), enforced by ballots_one_per_participant.
 * A cast is one INSERT … ON CONFLICT DO UPDATE, so concurrent casts by the same person end as
 * one row holding the last value, with no SELECT-then-INSERT window.
 */
@Injectable()
export class OpenBallotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Casts or changes; an identical ballot keeps its original time. */
  async upsert(proposalId: string, participantId: string, value: number, manager: EntityManager = this.db.manager): Promise<StoredBallot> {
    // The proposal must still be published when the row lands: a merge or a moderation decision
    // running at the same moment holds the proposal's row lock, and FOR SHARE waits for it.
    const [row] = await manager.query(
      `INSERT INTO ballots (proposal_id, participant_id, value)
       SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM proposals WHERE id = $1 AND state = 'published' FOR SHARE)
       ON CONFLICT ON CONSTRAINT ballots_one_per_participant DO UPDATE
         SET value = EXCLUDED.value,
             cast_at = CASE WHEN ballots.value = EXCLUDED.value THEN ballots.cast_at ELSE now() END
       RETURNING value, cast_at`,
      [proposalId, participantId, value],
    );
    if (!row) throw conflict('votes.proposal-not-votable');
    return { value: row.value, castAt: row.cast_at };
  }

  /** A support that counts against the cap; null when the person has already given `cap` supports. */
  async supportWithinCap(
    proposalId: string,
    consultationId: string,
    participantId: string,
    value: number,
    cap: number,
  ): Promise<StoredBallot | null> {
    try {
      return await this.db.transaction(async (manager) => {
        await manager.query(SUPPORT_CAP_LOCK, [consultationId, participantId]);
        const ballot = await this.upsert(proposalId, participantId, value, manager);
        const [{ given }] = await manager.query(supportsGivenQuery('ballots'), [participantId, consultationId]);
        if (given > cap) throw new OverCap();
        return ballot;
      });
    } catch (error) {
      if (error instanceof OverCap) return null;
      throw error;
    }
  }

  async remove(proposalId: string, participantId: string): Promise<boolean> {
    const [, affected] = await this.db.query(`DELETE FROM ballots WHERE proposal_id = $1 AND participant_id = $2`, [
      proposalId,
      participantId,
    ]);
    return affected > 0;
  }

  async find(proposalId: string, participantId: string): Promise<StoredBallot | null> {
    const [row] = await this.db.query(`SELECT value, cast_at FROM ballots WHERE proposal_id = $1 AND participant_id = $2`, [
      proposalId,
      participantId,
    ]);
    return row ? { value: row.value, castAt: row.cast_at } : null;
  }
}
