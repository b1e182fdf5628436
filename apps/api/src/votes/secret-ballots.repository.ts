import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { SUPPORT_CAP_LOCK, supportsGivenQuery } from './support-cap';

export type SecretCastOutcome = 'cast' | 'already-voted' | 'over-cap' | 'not-votable';

/**
 * Secret ballots: the register records who has voted on what proposal, the box records the value
 * alone (random id, no person, no time). Both rows are written in one transaction, so the box
 * never holds a ballot the register does not account for, and the register's primary key makes a
 * second ballot impossible.
 *
 * These queries go to the pg client directly, not through TypeORM: TypeORM logs a failed query
 * with its parameters, which here are a participant id next to a vote. Errors are re-thrown
 * without their parameters or detail for the same reason.
 */
@Injectable()
export class SecretBallotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async cast(
    proposalId: string,
    consultationId: string,
    participantId: string,
    value: number,
    cap: number | null,
  ): Promise<SecretCastOutcome> {
    const runner = this.db.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN');
      try {
        if (cap !== null) await client.query(SUPPORT_CAP_LOCK, [consultationId, participantId]);
        const registered = await client.query(
          `INSERT INTO vote_register (proposal_id, participant_id)
           SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM proposals WHERE id = $1 AND state = 'published' FOR SHARE)
           ON CONFLICT DO NOTHING`,
          [proposalId, participantId],
        );
        if (registered.rowCount === 0) {
          // Either already registered, or the proposal stopped being votable (merged, hidden) meanwhile.
          const stillOpen = await client.query(`SELECT 1 FROM proposals WHERE id = $1 AND state = 'published'`, [proposalId]);
          return await this.rollback(client, stillOpen.rowCount ? 'already-voted' : 'not-votable');
        }
        if (cap !== null) {
          const { rows } = await client.query(supportsGivenQuery('vote_register'), [participantId, consultationId]);
          if (rows[0].given > cap) return await this.rollback(client, 'over-cap');
        }
        await client.query(`INSERT INTO ballot_box (proposal_id, value) VALUES ($1, $2)`, [proposalId, value]);
        await client.query('COMMIT');
        return 'cast';
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw scrubbed(error);
      }
    } finally {
      await runner.release();
    }
  }

  async hasVoted(proposalId: string, participantId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM vote_register WHERE proposal_id = $1 AND participant_id = $2) AS voted`,
      [proposalId, participantId],
    );
    return row.voted === true;
  }

  private async rollback(client: PoolClient, outcome: SecretCastOutcome): Promise<SecretCastOutcome> {
    await client.query('ROLLBACK');
    return outcome;
  }
}

/** The database's error code and message only: no parameters, no "Key (…)=(…)" detail. */
function scrubbed(error: unknown): Error {
  const { code, message } = error as { code?: string; message?: string };
  return new Error(`secret ballot not stored (${code ?? 'unknown'}): ${message ?? ''}`);
}
