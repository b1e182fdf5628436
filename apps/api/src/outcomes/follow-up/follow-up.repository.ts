import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FollowUpStatusName } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface FollowUpRow {
  id: string;
  proposalId: string;
  proposalRef: number;
  proposalTitle: string;
  status: FollowUpStatusName;
  progress: number;
  /** YYYY-MM-DD. */
  date: string;
  milestone: string | null;
  details: string;
  reason: string | null;
  postedAt: Date;
}

export interface NewFollowUp {
  proposalId: string;
  consultationId: string;
  status: FollowUpStatusName;
  progress: number;
  date: string;
  milestone: string | null;
  details: string;
  reason: string | null;
  postedBy: string;
}

// to_char keeps the date a plain calendar day: no time zone turns 1 June into 31 May.
const COLUMNS = `f.id, f.proposal_id, p.ref, p.title, f.status, f.progress, to_char(f.occurred_on, 'YYYY-MM-DD') AS occurred_on,
  f.milestone, f.details, f.reason, f.posted_at`;

function rowFrom(row: Record<string, any>): FollowUpRow {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    proposalRef: Number(row.ref),
    proposalTitle: row.title,
    status: row.status,
    progress: row.progress,
    date: row.occurred_on,
    milestone: row.milestone,
    details: row.details,
    reason: row.reason,
    postedAt: row.posted_at,
  };
}

/** The follow-up timeline: append-only entries (a correction is a new entry). */
@Injectable()
export class FollowUpRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One recommendation's timeline, by date then by posting order. */
  async timeline(proposalId: string): Promise<FollowUpRow[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM follow_up_entries f JOIN proposals p ON p.id = f.proposal_id
        WHERE f.proposal_id = $1 ORDER BY f.occurred_on, f.posted_at, f.id`,
      [proposalId],
    );
    return rows.map(rowFrom);
  }

  /** A consultation's timeline, newest first. */
  async page(consultationId: string, page: number, pageSize: number): Promise<{ items: FollowUpRow[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM follow_up_entries f JOIN proposals p ON p.id = f.proposal_id
        WHERE f.consultation_id = $1 ORDER BY f.occurred_on DESC, f.posted_at DESC, f.id LIMIT $2 OFFSET $3`,
      [consultationId, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM follow_up_entries WHERE consultation_id = $1`, [consultationId]);
    return { items: rows.map(rowFrom), total: n };
  }

  /** Where each recommendation stands: its latest posted update. */
  async current(proposalIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, FollowUpRow>> {
    const rows = await manager.query(
      `SELECT DISTINCT ON (f.proposal_id) ${COLUMNS} FROM follow_up_entries f JOIN proposals p ON p.id = f.proposal_id
        WHERE f.proposal_id = ANY($1::uuid[]) ORDER BY f.proposal_id, f.posted_at DESC, f.id DESC`,
      [proposalIds],
    );
    return new Map(rows.map((row: Record<string, any>) => [row.proposal_id, rowFrom(row)]));
  }

  /** Serialises updates of one recommendation, so "the previous update" is well defined. */
  async lockProposal(manager: EntityManager, proposalId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM proposals WHERE id = $1 FOR UPDATE`, [proposalId]);
  }

  async insert(manager: EntityManager, entry: NewFollowUp): Promise<void> {
    await manager.query(
      `INSERT INTO follow_up_entries (proposal_id, consultation_id, status, progress, occurred_on, milestone, details, reason, posted_by)
       VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9)`,
      [
        entry.proposalId,
        entry.consultationId,
        entry.status,
        entry.progress,
        entry.date,
        entry.milestone,
        entry.details,
        entry.reason,
        entry.postedBy,
      ],
    );
  }
}
