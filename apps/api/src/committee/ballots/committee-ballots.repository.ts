import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitteeChoice } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../consultations/query-result';

/** Stored grade for "no opinion" under committee majority judgment (as for citizens' ballots). */
export const COMMITTEE_NO_OPINION = 0;

export interface StoredBallot {
  proposalId: string;
  memberId: string | null;
  memberName: string | null;
  kind: 'vote' | 'recusal';
  choice: CommitteeChoice | null;
  /** 0 = no opinion. */
  grade: number | null;
  amendments: boolean;
  statement: string;
  castAt: Date;
  updatedAt: Date;
}

export interface BallotWrite {
  kind: 'vote' | 'recusal';
  choice: CommitteeChoice | null;
  grade: number | null;
  amendments: boolean;
  statement: string;
}

const COLUMNS = `b.proposal_id, b.member_id, u.display_name, b.kind, b.choice, b.grade, b.amendments, b.statement, b.cast_at, b.updated_at`;

function ballotFrom(row: Record<string, any>): StoredBallot {
  return {
    proposalId: row.proposal_id,
    memberId: row.member_id,
    memberName: row.display_name,
    kind: row.kind,
    choice: row.choice,
    grade: row.grade,
    amendments: row.amendments,
    statement: row.statement,
    castAt: row.cast_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Committee ballots. Reading someone else's ballot is only ever done for a closed vote (the service
 * checks), except `attendance`, which returns who took part without what they chose.
 */
@Injectable()
export class CommitteeBallotsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async own(proposalId: string, memberId: string): Promise<StoredBallot | null> {
    const [row] = await this.db.query(
      `SELECT ${COLUMNS} FROM committee_ballots b LEFT JOIN users u ON u.id = b.member_id WHERE b.proposal_id = $1 AND b.member_id = $2`,
      [proposalId, memberId],
    );
    return row ? ballotFrom(row) : null;
  }

  /** The reader's own ballots on several proposals (the workspace page). */
  async ownMany(proposalIds: string[], memberId: string): Promise<Map<string, StoredBallot>> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM committee_ballots b LEFT JOIN users u ON u.id = b.member_id
        WHERE b.proposal_id = ANY($1::uuid[]) AND b.member_id = $2`,
      [proposalIds, memberId],
    );
    return new Map(rows.map((row: Record<string, any>) => [row.proposal_id, ballotFrom(row)]));
  }

  /** Who voted and who recused, per proposal, without their choices: for quorum counts before close. */
  async attendance(proposalIds: string[]): Promise<Map<string, { memberId: string | null; kind: 'vote' | 'recusal' }[]>> {
    const rows: { proposal_id: string; member_id: string | null; kind: 'vote' | 'recusal' }[] = await this.db.query(
      `SELECT proposal_id, member_id, kind FROM committee_ballots WHERE proposal_id = ANY($1::uuid[])`,
      [proposalIds],
    );
    const attendance = new Map<string, { memberId: string | null; kind: 'vote' | 'recusal' }[]>();
    for (const row of rows) {
      const list = attendance.get(row.proposal_id) ?? [];
      list.push({ memberId: row.member_id, kind: row.kind });
      attendance.set(row.proposal_id, list);
    }
    return attendance;
  }

  /** Every ballot of the given proposals; only for votes already closed, or to tally one under the close lock. */
  async all(proposalIds: string[], manager: EntityManager = this.db.manager): Promise<StoredBallot[]> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM committee_ballots b LEFT JOIN users u ON u.id = b.member_id
        WHERE b.proposal_id = ANY($1::uuid[]) ORDER BY b.proposal_id, b.cast_at, b.id`,
      [proposalIds],
    );
    return rows.map(ballotFrom);
  }

  async upsert(manager: EntityManager, proposalId: string, memberId: string, ballot: BallotWrite): Promise<void> {
    await manager.query(
      `INSERT INTO committee_ballots (proposal_id, member_id, kind, choice, grade, amendments, statement)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (proposal_id, member_id) DO UPDATE
         SET kind = EXCLUDED.kind, choice = EXCLUDED.choice, grade = EXCLUDED.grade, amendments = EXCLUDED.amendments,
             statement = EXCLUDED.statement, updated_at = now()`,
      [proposalId, memberId, ballot.kind, ballot.choice, ballot.grade, ballot.amendments, ballot.statement],
    );
  }

  async remove(manager: EntityManager, proposalId: string, memberId: string): Promise<boolean> {
    const result = await manager.query(`DELETE FROM committee_ballots WHERE proposal_id = $1 AND member_id = $2 RETURNING id`, [
      proposalId,
      memberId,
    ]);
    return returnedRows(result).length > 0;
  }
}
