import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface SealedRow {
  sealed: Buffer;
  tracker: string;
}

/** The queries of the close: sealed ballots out, shuffled values and sorted trackers in. */
@Injectable()
export class BallotBoxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Waits for every vote still being written on the consultation's proposals (each holds its
   * proposal FOR SHARE until it commits), and keeps later ones out until this transaction ends;
   * those then find the vote closed and roll back.
   */
  async lockProposals(manager: EntityManager, consultationId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM proposals WHERE consultation_id = $1 ORDER BY id FOR UPDATE`, [consultationId]);
  }

  async proposalsWithSealedBallots(manager: EntityManager, consultationId: string): Promise<string[]> {
    const rows: { proposal_id: string }[] = await manager.query(
      `SELECT DISTINCT proposal_id FROM sealed_ballots WHERE consultation_id = $1`,
      [consultationId],
    );
    return rows.map((row) => row.proposal_id);
  }

  sealedOf(manager: EntityManager, consultationId: string, proposalId: string): Promise<SealedRow[]> {
    return manager.query(`SELECT sealed, tracker FROM sealed_ballots WHERE consultation_id = $1 AND proposal_id = $2`, [
      consultationId,
      proposalId,
    ]);
  }

  /** Rows go in in the array's order: the caller has shuffled it. */
  async addToBox(manager: EntityManager, proposalId: string, values: number[]): Promise<void> {
    await manager.query(`INSERT INTO ballot_box (proposal_id, value) SELECT $1, unnest($2::smallint[])`, [proposalId, values]);
  }

  /** Sorted, so the list's order says nothing of the order of the votes. */
  async publishTrackers(manager: EntityManager, proposalId: string, trackers: string[]): Promise<void> {
    await manager.query(
      `INSERT INTO ballot_trackers (proposal_id, tracker) SELECT $1, t FROM unnest($2::text[]) AS t ORDER BY t`,
      [proposalId, trackers],
    );
  }

  async dropSealed(manager: EntityManager, consultationId: string): Promise<number> {
    const [, count] = await manager.query(`DELETE FROM sealed_ballots WHERE consultation_id = $1`, [consultationId]);
    return count ?? 0;
  }

  /** Frees the deleted ciphertexts' space for reuse; outside any transaction, as VACUUM requires. */
  async vacuumSealed(): Promise<void> {
    await this.db.query(`VACUUM sealed_ballots`);
  }
}
