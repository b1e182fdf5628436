import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { SealedBallot } from './ballot-cipher';
import { SUPPORT_CAP_LOCK, supportsGivenQuery } from './support-cap';

export type SecretCastOutcome = 'cast' | 'already-voted' | 'over-cap' | 'not-votable' | 'voting-closed';

/**
 * Secret ballots while voting is open: the register records who has voted on what proposal, and
 * beside it, in the same transaction, the ballot is stored sealed (encrypted with a key the database
 * never holds). The two rows share a transaction id, which is why the value must not be readable
 * there: the box receives the values only at the close, shuffled (BallotBoxCloser). The register's
 * primary key makes a second ballot impossible.
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
    ballot: SealedBallot,
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
        // A statement of its own, so its snapshot is taken after the proposal lock above was
        // granted: a vote that waited for the close (which locks the proposals) sees it here.
        // (Supports may be given while proposals are open, hence two phases; VotingGate has
        // already applied the method's rule.)
        const sealed = await client.query(
          `INSERT INTO sealed_ballots (consultation_id, proposal_id, sealed, tracker)
           SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM consultations WHERE id = $1 AND phase IN ('proposals_open', 'voting_open'))`,
          [consultationId, proposalId, ballot.sealed, ballot.tracker],
        );
        if (sealed.rowCount === 0) return await this.rollback(client, 'voting-closed');
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
