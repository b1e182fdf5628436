import { MigrationInterface, QueryRunner } from 'typeorm';

const AGE_BANDS = ['16-17', '18-24', '25-34', '35-49', '50-64', '65-74', '75+'];
const GENDERS = ['femme', 'homme', 'autre'];
const COMMUNES = [
  '34022', '34027', '34057', '34058', '34077', '34087', '34088', '34090', '34095', '34116', '34120', '34123', '34129', '34134', '34164', '34169',
  '34172', '34179', '34198', '34202', '34217', '34227', '34244', '34249', '34256', '34259', '34270', '34295', '34307', '34327', '34337', 'hors-metropole',
];

const DEFAULT_SOURCE = 'Valeurs par défaut approximatives (ordres de grandeur INSEE, recensement 2021) : à vérifier et remplacer';

/**
 * Approximate defaults so the comparison means something on day one; the source says so, and admins
 * replace them (PUT /api/demographics/census). Communes: share of the metropolis's population;
 * age and gender: share of its residents aged 16 and over. "autre" and "hors-metropole" have none.
 */
const DEFAULT_SHARES: Record<string, Record<string, number>> = {
  ageBand: { '16-17': 0.027, '18-24': 0.155, '25-34': 0.18, '35-49': 0.228, '50-64': 0.2, '65-74': 0.12, '75+': 0.09 },
  gender: { femme: 0.53, homme: 0.47 },
  commune: {
    '34022': 0.0163, '34027': 0.0039, '34057': 0.0492, '34058': 0.0134, '34077': 0.011, '34087': 0.0066, '34088': 0.0124, '34090': 0.0193,
    '34095': 0.0147, '34116': 0.0179, '34120': 0.0137, '34123': 0.0243, '34129': 0.0347, '34134': 0.0066, '34164': 0.002, '34169': 0.0078,
    '34172': 0.6004, '34179': 0.0038, '34198': 0.0191, '34202': 0.0141, '34217': 0.011, '34227': 0.0044, '34244': 0.0064, '34249': 0.0052,
    '34256': 0.0042, '34259': 0.0116, '34270': 0.0221, '34295': 0.0032, '34307': 0.0058, '34327': 0.0132, '34337': 0.0217,
  },
};

// Literal on purpose: a migration is a snapshot, it must not change when libs/domain's lists do.
const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Opt-in demographics, stored apart from identity: keyed by the pseudonymous participant id (never
 * users.id), with no time, e-mail or account column, so the table alone says nothing about who
 * answered or when. The values allowed are libs/domain's lists (INSEE codes for communes).
 */
export class Demographics1765152000000 implements MigrationInterface {
  name = 'Demographics1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participant_demographics (
        participant_id uuid PRIMARY KEY REFERENCES identity_register (participant_id),
        age_band text NULL CHECK (age_band IN (${list(AGE_BANDS)})),
        commune text NULL CHECK (commune IN (${list(COMMUNES)})),
        gender text NULL CHECK (gender IN (${list(GENDERS)}))
      )`);
    await q.query(`
      CREATE TABLE census_shares (
        dimension text NOT NULL CHECK (dimension IN ('ageBand', 'commune', 'gender')),
        category text NOT NULL,
        share numeric(6, 5) NOT NULL CHECK (share BETWEEN 0 AND 1),
        source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 300),
        year integer CHECK (year BETWEEN 1900 AND 2100),
        PRIMARY KEY (dimension, category)
      )`);
    for (const [dimension, shares] of Object.entries(DEFAULT_SHARES)) {
      await q.query(
        `INSERT INTO census_shares (dimension, category, share, source, year)
         SELECT $1, category, share, $4, 2021 FROM unnest($2::text[], $3::numeric[]) AS s(category, share)`,
        [dimension, Object.keys(shares), Object.values(shares), DEFAULT_SOURCE],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS census_shares`);
    await q.query(`DROP TABLE IF EXISTS participant_demographics`);
  }
}
