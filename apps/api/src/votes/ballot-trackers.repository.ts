import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BallotTrackerEntry } from '@concordia/contracts';
import { DataSource } from 'typeorm';

interface EntryRow {
  tracker: string;
  ref: number;
  title: string;
}

const entry = (row: EntryRow): BallotTrackerEntry => ({ tracker: row.tracker, proposal: { ref: row.ref, title: row.title } });

/**
 * The published trackers of a consultation's closed rounds. `closedBelow` is the first round whose
 * ballots are still sealed: register and box are counted over the same proposals as the trackers.
 */
@Injectable()
export class BallotTrackersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async counts(consultationId: string, closedBelow: number): Promise<{ register: number; box: number; trackers: number }> {
    const [row] = await this.db.query(
      `WITH closed AS (SELECT id FROM proposals WHERE consultation_id = $1 AND round < $2)
       SELECT (SELECT count(*) FROM vote_register WHERE proposal_id IN (SELECT id FROM closed))::int AS register,
              (SELECT count(*) FROM ballot_box WHERE proposal_id IN (SELECT id FROM closed))::int AS box,
              (SELECT count(*) FROM ballot_trackers WHERE proposal_id IN (SELECT id FROM closed))::int AS trackers`,
      [consultationId, closedBelow],
    );
    return row;
  }

  async page(consultationId: string, page: number, pageSize: number): Promise<BallotTrackerEntry[]> {
    const rows: EntryRow[] = await this.db.query(
      `SELECT t.tracker, p.ref, p.title FROM ballot_trackers t JOIN proposals p ON p.id = t.proposal_id
        WHERE p.consultation_id = $1 ORDER BY t.tracker LIMIT $2 OFFSET $3`,
      [consultationId, pageSize, (page - 1) * pageSize],
    );
    return rows.map(entry);
  }

  async find(consultationId: string, tracker: string): Promise<BallotTrackerEntry | null> {
    const [row] = await this.db.query(
      `SELECT t.tracker, p.ref, p.title FROM ballot_trackers t JOIN proposals p ON p.id = t.proposal_id
        WHERE t.tracker = $2 AND p.consultation_id = $1`,
      [consultationId, tracker],
    );
    return row ? entry(row) : null;
  }
}
