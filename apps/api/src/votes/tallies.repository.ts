import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** value → number of ballots with that value. */
export type Tally = Map<number, number>;

/** Where each secrecy keeps its values; a fixed list, never built from input. */
const BALLOT_TABLES = { open: 'ballots', secret: 'ballot_box' } as const;
export type Secrecy = keyof typeof BALLOT_TABLES;

/**
 * Tallies are aggregates over the ballots, read through the (proposal_id, value) indexes: never a
 * counter that every vote would update (one hot row serialises the votes of a popular proposal,
 * see DESIGN.md), and always equal to the ballots by construction.
 */
@Injectable()
export class TalliesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async proposalTally(secrecy: Secrecy, proposalId: string): Promise<Tally> {
    const rows = await this.db.query(
      `SELECT value, count(*)::int AS count FROM ${BALLOT_TABLES[secrecy]} WHERE proposal_id = $1 GROUP BY value`,
      [proposalId],
    );
    return new Map(rows.map((row: { value: number; count: number }) => [row.value, row.count]));
  }

  /**
   * A round's ballots, as the public record keeps them at its close: open ballots, and secret
   * ballots both as voters in the register and as values in the box (equal, or the record shows it).
   */
  async roundBallotCounts(manager: EntityManager, consultationId: string, round: number): Promise<{ open: number; register: number; box: number }> {
    const [row] = await manager.query(
      `WITH ps AS (SELECT id FROM proposals WHERE consultation_id = $1 AND round = $2)
       SELECT (SELECT count(*) FROM ballots WHERE proposal_id IN (SELECT id FROM ps))::int AS open,
              (SELECT count(*) FROM vote_register WHERE proposal_id IN (SELECT id FROM ps))::int AS register,
              (SELECT count(*) FROM ballot_box WHERE proposal_id IN (SELECT id FROM ps))::int AS box`,
      [consultationId, round],
    );
    return row;
  }

  /** One aggregate for a whole round, grouped by proposal then value. */
  async roundTallies(
    secrecy: Secrecy,
    consultationId: string,
    round: number,
    states: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<Map<string, Tally>> {
    const rows: { proposal_id: string; value: number; count: number }[] = await manager.query(
      `SELECT b.proposal_id, b.value, count(*)::int AS count
         FROM ${BALLOT_TABLES[secrecy]} b JOIN proposals p ON p.id = b.proposal_id
        WHERE p.consultation_id = $1 AND p.round = $2 AND p.state = ANY($3::text[])
        GROUP BY b.proposal_id, b.value`,
      [consultationId, round, states],
    );
    const tallies = new Map<string, Tally>();
    for (const row of rows) {
      const tally = tallies.get(row.proposal_id) ?? new Map<number, number>();
      tally.set(row.value, row.count);
      tallies.set(row.proposal_id, tally);
    }
    return tallies;
  }
}
