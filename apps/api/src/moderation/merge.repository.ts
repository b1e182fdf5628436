import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '../consultations/query-result';

export interface MergeRow {
  id: string;
  ref: string;
  consultation_id: string;
  state: string;
  round: number;
  title: string;
  author_id: string | null;
}

/** Rows touched: DELETE and UPDATE answer [rows, count]; INSERT … RETURNING 1 answers its rows. */
const count = (result: unknown) => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : returnedRows(result).length);

/**
 * The statements of a merge, all run in the merge's transaction. Ballots move with
 * INSERT … SELECT … ON CONFLICT DO NOTHING then a DELETE of the source's: the unique
 * (proposal, participant) constraint keeps one ballot per person on the target, the one they cast
 * there themselves, and a tally (an aggregate over ballots) stays equal to its ballots by construction.
 */
@Injectable()
export class MergeRepository {
  /**
   * Both rows locked in id order (two merges of the same pair in opposite directions cannot
   * deadlock). The lock also holds back ballots: inserting one checks its proposal's row with a
   * KEY SHARE lock, which waits for this FOR UPDATE until the merge commits.
   */
  lockPair(manager: EntityManager, ids: [string, string]): Promise<MergeRow[]> {
    return manager.query(
      `SELECT id, ref, consultation_id, state, round, title, author_id FROM proposals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
  }

  /** Participants with a secret ballot on both: their anonymous box rows cannot be told apart. */
  async secretOverlap(manager: EntityManager, fromId: string, intoId: string): Promise<number> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM vote_register a JOIN vote_register b ON b.participant_id = a.participant_id AND b.proposal_id = $2 WHERE a.proposal_id = $1`,
      [fromId, intoId],
    );
    return n;
  }

  /** Open ballots: moved where the participant has none on the target, dropped otherwise. */
  async moveOpenBallots(manager: EntityManager, fromId: string, intoId: string): Promise<{ moved: number; dropped: number }> {
    const moved = count(
      await manager.query(
        `INSERT INTO ballots (proposal_id, participant_id, value, cast_at)
         SELECT $2, participant_id, value, cast_at FROM ballots WHERE proposal_id = $1
         ON CONFLICT ON CONSTRAINT ballots_one_per_participant DO NOTHING RETURNING 1`,
        [fromId, intoId],
      ),
    );
    const removed = count(await manager.query(`DELETE FROM ballots WHERE proposal_id = $1`, [fromId]));
    return { moved, dropped: removed - moved };
  }

  /**
   * Secret ballots, once no participant overlaps (checked under the lock): every register row and
   * every box row of the source move, so the target's register still matches its box one for one.
   * Counts that differ mean the tables disagree already: the caller refuses rather than spread it.
   */
  async moveSecretBallots(manager: EntityManager, fromId: string, intoId: string): Promise<{ register: number; box: number; removed: number }> {
    const register = count(
      await manager.query(
        `INSERT INTO vote_register (proposal_id, participant_id) SELECT $2, participant_id FROM vote_register WHERE proposal_id = $1
         ON CONFLICT ON CONSTRAINT vote_register_one_per_participant DO NOTHING RETURNING 1`,
        [fromId, intoId],
      ),
    );
    const removed = count(await manager.query(`DELETE FROM vote_register WHERE proposal_id = $1`, [fromId]));
    // While voting is open the values are still sealed; after the close they are in the box, with
    // their trackers published. A ballot is in exactly one of the two places, so their sum is the box.
    const sealed = count(await manager.query(`UPDATE sealed_ballots SET proposal_id = $2 WHERE proposal_id = $1`, [fromId, intoId]));
    const box = count(await manager.query(`UPDATE ballot_box SET proposal_id = $2 WHERE proposal_id = $1`, [fromId, intoId]));
    await manager.query(`UPDATE ballot_trackers SET proposal_id = $2 WHERE proposal_id = $1`, [fromId, intoId]);
    return { register, box: box + sealed, removed };
  }

  /** The source's first author and accepted co-authors become accepted co-authors of the target (not its first author). */
  async addCoauthors(manager: EntityManager, fromId: string, intoId: string): Promise<number> {
    return count(
      await manager.query(
        `INSERT INTO proposal_coauthors (proposal_id, user_id, accepted_at)
         SELECT $2, a.user_id, now() FROM (
           SELECT author_id AS user_id FROM proposals WHERE id = $1 AND author_id IS NOT NULL
           UNION SELECT user_id FROM proposal_coauthors WHERE proposal_id = $1 AND accepted_at IS NOT NULL) a
         WHERE a.user_id IS DISTINCT FROM (SELECT author_id FROM proposals WHERE id = $2)
         ON CONFLICT (proposal_id, user_id) DO UPDATE SET accepted_at = now() WHERE proposal_coauthors.accepted_at IS NULL
         RETURNING 1`,
        [fromId, intoId],
      ),
    );
  }

  async markMerged(manager: EntityManager, fromId: string, intoId: string, note: string | null): Promise<void> {
    await manager.query(
      `UPDATE proposals SET state = 'merged', merged_into = $2, moderation_reason = 'duplicate', state_reason = $3, updated_at = now(),
         personal_data_pending = false, reports_reviewed_at = now()
       WHERE id = $1`,
      [fromId, intoId, note],
    );
  }
}
