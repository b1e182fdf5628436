import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DemographicDimension } from '@concordia/domain';
import { DataSource } from 'typeorm';

export interface DemographicsRow {
  ageBand: string | null;
  commune: string | null;
  gender: string | null;
}

export interface CensusRow {
  dimension: DemographicDimension;
  category: string;
  share: number;
  source: string;
  year: number | null;
}

export interface ParticipantCounts {
  participants: number;
  /** dimension → category → people. */
  counts: Record<DemographicDimension, Map<string, number>>;
}

const COLUMN: Record<DemographicDimension, string> = { ageBand: 'age_band', commune: 'commune', gender: 'gender' };

/**
 * The people who took part: a ballot (open, or the secret register: both keyed by participant id),
 * or a proposal past its draft, or a comment (keyed by account, which gives the participant id).
 * $1 NULL: every consultation. Erased accounts lose their demographics row anyway.
 */
const PARTICIPANTS = `
  SELECT b.participant_id FROM ballots b JOIN proposals p ON p.id = b.proposal_id
   WHERE $1::uuid IS NULL OR p.consultation_id = $1
  UNION
  SELECT r.participant_id FROM vote_register r JOIN proposals p ON p.id = r.proposal_id
   WHERE $1::uuid IS NULL OR p.consultation_id = $1
  UNION
  SELECT u.participant_id FROM proposals p JOIN users u ON u.id = p.author_id
   WHERE p.state <> 'draft' AND ($1::uuid IS NULL OR p.consultation_id = $1)
  UNION
  SELECT u.participant_id FROM comments c JOIN proposals p ON p.id = c.proposal_id JOIN users u ON u.id = c.author_id
   WHERE $1::uuid IS NULL OR p.consultation_id = $1`;

/** participant_demographics (apart from identity: participant id only) and the census reference shares. */
@Injectable()
export class DemographicsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find(participantId: string): Promise<DemographicsRow | null> {
    const rows = await this.db.query(`SELECT age_band, commune, gender FROM participant_demographics WHERE participant_id = $1`, [participantId]);
    return rows[0] ? { ageBand: rows[0].age_band, commune: rows[0].commune, gender: rows[0].gender } : null;
  }

  async upsert(participantId: string, row: DemographicsRow): Promise<void> {
    await this.db.query(
      `INSERT INTO participant_demographics (participant_id, age_band, commune, gender) VALUES ($1, $2, $3, $4)
       ON CONFLICT (participant_id) DO UPDATE SET age_band = EXCLUDED.age_band, commune = EXCLUDED.commune, gender = EXCLUDED.gender`,
      [participantId, row.ageBand, row.commune, row.gender],
    );
  }

  async delete(participantId: string): Promise<void> {
    await this.db.query(`DELETE FROM participant_demographics WHERE participant_id = $1`, [participantId]);
  }

  async consultation(slug: string): Promise<{ id: string; slug: string; title: string } | null> {
    const rows = await this.db.query(`SELECT id, slug, title FROM consultations WHERE slug = $1 AND phase <> 'draft'`, [slug]);
    return rows[0] ?? null;
  }

  /** Only aggregates leave the database: no participant id reaches the service. */
  async counts(consultationId: string | null): Promise<ParticipantCounts> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM (${PARTICIPANTS}) AS people`, [consultationId]);
    const rows: { dimension: DemographicDimension; category: string; n: number }[] = await this.db.query(
      (Object.keys(COLUMN) as DemographicDimension[])
        .map(
          (dimension) => `SELECT '${dimension}' AS dimension, d.${COLUMN[dimension]} AS category, count(*)::int AS n
            FROM (${PARTICIPANTS}) AS people JOIN participant_demographics d USING (participant_id)
           WHERE d.${COLUMN[dimension]} IS NOT NULL GROUP BY d.${COLUMN[dimension]}`,
        )
        .join(' UNION ALL '),
      [consultationId],
    );
    const counts = { ageBand: new Map<string, number>(), commune: new Map<string, number>(), gender: new Map<string, number>() };
    for (const row of rows) counts[row.dimension].set(row.category, row.n);
    return { participants: n, counts };
  }

  async census(): Promise<CensusRow[]> {
    const rows = await this.db.query(`SELECT dimension, category, share::float8 AS share, source, year FROM census_shares ORDER BY dimension, category`);
    return rows.map((row: Record<string, any>) => ({ dimension: row.dimension, category: row.category, share: row.share, source: row.source, year: row.year }));
  }

  /** One dimension's shares replaced at once, so a dimension never mixes two sources. */
  async replaceCensus(dimension: DemographicDimension, source: string, year: number | null, shares: { category: string; share: number }[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM census_shares WHERE dimension = $1`, [dimension]);
      await manager.query(
        `INSERT INTO census_shares (dimension, category, share, source, year)
         SELECT $1, category, share, $4, $5 FROM unnest($2::text[], $3::numeric[]) AS s(category, share)`,
        [dimension, shares.map((s) => s.category), shares.map((s) => s.share), source, year],
      );
    });
  }
}
