import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalResults } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';

/** What is frozen of one proposal's results: everything but the proposal's own (changing) fields. */
export type FrozenData = Omit<ProposalResults, 'proposal'>;

export interface FrozenRow {
  proposalId: string;
  data: FrozenData;
}

interface PageRow {
  id: string;
  ref: number;
  title: string;
  state: ProposalResults['proposal']['state'];
  round: number;
  revision_of: string | null;
  data: FrozenData;
}

const resultsFrom = (row: PageRow): ProposalResults => ({
  proposal: { id: row.id, ref: Number(row.ref), title: row.title, state: row.state, round: row.round, revisionOf: row.revision_of },
  ...row.data,
});

const SELECT = `SELECT p.id, p.ref, p.title, p.state, p.round, p.revision_of, f.data
  FROM frozen_results f JOIN proposals p ON p.id = f.proposal_id`;

/** A round's results as they stood at its close, in their published order. */
@Injectable()
export class FrozenResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async freeze(manager: EntityManager, consultationId: string, round: number, rows: FrozenRow[], fingerprint: string): Promise<void> {
    await this.thaw(manager, consultationId, round);
    await manager.query(`INSERT INTO frozen_rounds (consultation_id, round, proposals, fingerprint) VALUES ($1, $2, $3, $4)`, [
      consultationId,
      round,
      rows.length,
      fingerprint,
    ]);
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000);
      await manager.query(
        `INSERT INTO frozen_results (consultation_id, round, position, proposal_id, data)
         SELECT $1, $2, t.position, t.proposal_id, t.data
           FROM unnest($3::int[], $4::uuid[], $5::jsonb[]) AS t(position, proposal_id, data)`,
        [consultationId, round, batch.map((_, i) => start + i + 1), batch.map((r) => r.proposalId), batch.map((r) => JSON.stringify(r.data))],
      );
    }
  }

  /** A vote reopened (open ballots only) is counted again at its next close. */
  async thaw(manager: EntityManager, consultationId: string, round: number): Promise<void> {
    await manager.query(`DELETE FROM frozen_rounds WHERE consultation_id = $1 AND round = $2`, [consultationId, round]);
  }

  /** Null when the round is not frozen (still open, or closed before results were frozen). */
  async page(consultationId: string, round: number, page: number, pageSize: number): Promise<{ items: ProposalResults[]; total: number } | null> {
    const [frozen] = await this.db.query(`SELECT proposals FROM frozen_rounds WHERE consultation_id = $1 AND round = $2`, [consultationId, round]);
    if (!frozen) return null;
    const rows: PageRow[] = await this.db.query(
      `${SELECT} WHERE f.consultation_id = $1 AND f.round = $2 ORDER BY f.position LIMIT $3 OFFSET $4`,
      [consultationId, round, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(resultsFrom), total: frozen.proposals };
  }

  async forProposal(proposalId: string, round: number): Promise<ProposalResults | null> {
    const [row]: PageRow[] = await this.db.query(`${SELECT} WHERE f.proposal_id = $1 AND f.round = $2`, [proposalId, round]);
    return row ? resultsFrom(row) : null;
  }

  async fingerprint(consultationId: string, round: number): Promise<string | null> {
    const [row] = await this.db.query(`SELECT fingerprint FROM frozen_rounds WHERE consultation_id = $1 AND round = $2`, [consultationId, round]);
    return row?.fingerprint ?? null;
  }
}
