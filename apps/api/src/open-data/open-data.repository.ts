import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';

/** States a proposal reaches only after it was public; drafts, submissions, rejected and hidden ones never are here. */
const PUBLIC_STATES = `p.state NOT IN ('draft', 'submitted', 'rejected', 'hidden')`;

/**
 * Every section of the open data as one SQL query each, read through server-side cursors in one
 * REPEATABLE READ transaction: a consistent snapshot, a thousand rows in memory at a time.
 * The queries name only what the public may read: no account, no author, no e-mail.
 */
export const SECTION_QUERIES = {
  proposals: `SELECT p.id, p.ref, p.round, p.state, p.theme, p.revision_of, p.title, p.summary, p.body, p.published_at
                FROM proposals p WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref`,
  versions: `SELECT v.proposal_id, v.version, v.title, v.summary, v.body, v.created_at
               FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id
              WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref, v.version`,
  comments: `SELECT c.id, c.proposal_id, c.parent_id, c.stance, c.body, c.created_at
               FROM comments c JOIN proposals p ON p.id = c.proposal_id
              WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} AND c.state = 'published' ORDER BY c.created_at, c.id`,
  openBallots: `SELECT b.participant_id, b.proposal_id, b.value FROM ballots b JOIN proposals p ON p.id = b.proposal_id
                 WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref, b.participant_id`,
  // Sorted by value: the box's own order is random and says nothing, but a stable file diffs well.
  secretBox: `SELECT b.proposal_id, b.value FROM ballot_box b JOIN proposals p ON p.id = b.proposal_id
               WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref, b.value`,
  ballotTrackers: `SELECT t.proposal_id, t.tracker FROM ballot_trackers t JOIN proposals p ON p.id = t.proposal_id
                    WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref, t.tracker`,
  registerCounts: `SELECT p.id AS proposal_id,
                          (SELECT count(*) FROM ballots b WHERE b.proposal_id = p.id)::int AS open,
                          (SELECT count(*) FROM vote_register r WHERE r.proposal_id = p.id)::int AS secret
                     FROM proposals p WHERE p.consultation_id = $1 AND ${PUBLIC_STATES} ORDER BY p.ref`,
  frozenRounds: `SELECT round, fingerprint FROM frozen_rounds WHERE consultation_id = $1 ORDER BY round`,
  frozenResults: `SELECT f.round, f.position, f.proposal_id, p.ref, f.data FROM frozen_results f JOIN proposals p ON p.id = f.proposal_id
                   WHERE f.consultation_id = $1 ORDER BY f.round, f.position`,
  committeeTallies: `SELECT r.proposal_id, r.decision, r.tally FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
                      WHERE r.consultation_id = $1 AND r.tally IS NOT NULL ORDER BY p.ref`,
  responses: `SELECT o.proposal_id, o.published_at, o.document, o.fingerprint FROM official_responses o JOIN proposals p ON p.id = o.proposal_id
               WHERE o.consultation_id = $1 AND o.published_at IS NOT NULL ORDER BY p.ref`,
  // The whole chain: a consultation's entries alone cannot be checked link by link.
  audit: `SELECT seq, kind, payload, previous_hash, hash, created_at FROM audit_log WHERE $1::uuid IS NOT NULL ORDER BY seq`,
} as const;
export type Section = keyof typeof SECTION_QUERIES;

export type Rows = Record<string, any>[];

export interface Snapshot {
  /** Calls `each` with the section's rows, a batch at a time, in order. */
  read(section: Section, each: (rows: Rows) => Promise<void> | void): Promise<void>;
}

@Injectable()
export class OpenDataRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async consultation(slug: string): Promise<Record<string, any> | null> {
    const [row] = await this.db.query(`SELECT id, slug, title, phase, revision_round, settings FROM consultations WHERE slug = $1 AND phase <> 'draft'`, [slug]);
    return row ?? null;
  }

  /** Runs `work` on one snapshot; the connection is released whatever happens (a client gone away included). */
  async snapshot<T>(consultationId: string, work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner('slave');
    const client = (await runner.connect()) as PoolClient;
    try {
      await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      let cursors = 0;
      const result = await work({
        read: async (section, each) => {
          const name = `open_data_${++cursors}`;
          await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${SECTION_QUERIES[section]}`, [consultationId]);
          for (;;) {
            const { rows } = await client.query(`FETCH 1000 FROM ${name}`);
            if (rows.length === 0) break;
            await each(rows);
          }
          await client.query(`CLOSE ${name}`);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
