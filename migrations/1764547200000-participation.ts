import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations' settings and schedule, eligibility (residents, panel codes), proposals with versions
 * and co-authors, French full-text search without accents, ballots (open: one row per participant;
 * secret: a register of who voted apart from a ballot box of what), and threaded comments.
 * Tallies are never stored: they are aggregates over the ballots, so they always equal them.
 */
export class Participation1764547200000 implements MigrationInterface {
  name = 'Participation1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // French stemming on accent-free words: "securite" finds "sécurité".
    await q.query(`CREATE TEXT SEARCH CONFIGURATION public.concordia_fr (COPY = pg_catalog.french)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION public.concordia_fr ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.french_stem`);
    await q.query(`
      -- Qualified names: since PostgreSQL 17, index builds run with search_path = pg_catalog.
      CREATE FUNCTION concordia_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await q.query(`
      ALTER TABLE consultations
        ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN phase_schedule jsonb NOT NULL DEFAULT '{}'::jsonb,
        ADD COLUMN revision_round integer NOT NULL DEFAULT 1 CHECK (revision_round >= 1),
        ADD COLUMN phase_changed_at timestamptz NOT NULL DEFAULT now()`);

    await q.query(`
      CREATE TABLE consultation_participants (
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        via text NOT NULL CHECK (via IN ('residents', 'panel')),
        postcode text CHECK (postcode IS NULL OR postcode ~ '^[0-9]{5}$'),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE invitation_codes (
        code_hash text PRIMARY KEY,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        batch_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_by uuid REFERENCES users (id) ON DELETE SET NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX invitation_codes_consultation ON invitation_codes (consultation_id, batch_id)`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ref bigserial UNIQUE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 150),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 500),
        body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 20000),
        body_html text NOT NULL DEFAULT '',
        theme text,
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft','submitted','published','rejected','withdrawn','hidden','merged',
          'under_review','adopted','adopted_with_amendments','not_adopted','out_of_scope','revision_requested','superseded')),
        state_reason text,
        merged_into uuid REFERENCES proposals (id),
        round integer NOT NULL DEFAULT 1,
        revision_of uuid REFERENCES proposals (id),
        version integer NOT NULL DEFAULT 1,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('public.concordia_fr', title), 'A') ||
          setweight(to_tsvector('public.concordia_fr', summary), 'B') ||
          setweight(to_tsvector('public.concordia_fr', body), 'C')) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX proposals_consultation_state ON proposals (consultation_id, state, published_at DESC)`);
    await q.query(`CREATE INDEX proposals_author ON proposals (author_id)`);
    await q.query(`CREATE INDEX proposals_search ON proposals USING gin (search)`);
    await q.query(`CREATE INDEX proposals_title_trgm ON proposals USING gin (concordia_unaccent(title) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE proposal_versions (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        version integer NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        theme text,
        edited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, version)
      )`);
    await q.query(`
      CREATE TABLE proposal_coauthors (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        invited_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        PRIMARY KEY (proposal_id, user_id)
      )`);

    // Open ballots: one per participant and proposal (the participant id survives account erasure).
    // value: support 1; for/against 1, -1, 0 (abstain/pass); majority judgment a grade 1..7, 0 = no opinion.
    await q.query(`
      CREATE TABLE ballots (
        id bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES identity_register (participant_id),
        value smallint NOT NULL CHECK (value BETWEEN -1 AND 7),
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ballots_one_per_participant UNIQUE (proposal_id, participant_id)
      )`);
    await q.query(`CREATE INDEX ballots_proposal_value ON ballots (proposal_id, value)`);
    await q.query(`CREATE INDEX ballots_participant ON ballots (participant_id)`);
    // Secret ballots: who voted (the register) is kept apart from what was voted (the box).
    // A box row has no person, no address and no time; its id is random so row ids reveal no order.
    await q.query(`
      CREATE TABLE vote_register (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES identity_register (participant_id),
        CONSTRAINT vote_register_one_per_participant PRIMARY KEY (proposal_id, participant_id)
      )`);
    await q.query(`
      CREATE TABLE ballot_box (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        value smallint NOT NULL CHECK (value BETWEEN -1 AND 7)
      )`);
    await q.query(`CREATE INDEX ballot_box_proposal_value ON ballot_box (proposal_id, value)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        depth smallint NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 2),
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        stance text NOT NULL DEFAULT 'neutral' CHECK (stance IN ('for','against','neutral')),
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        state text NOT NULL DEFAULT 'published' CHECK (state IN ('published','pending','hidden','rejected','deleted')),
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX comments_proposal ON comments (proposal_id, state, created_at)`);
    await q.query(`CREATE INDEX comments_parent ON comments (parent_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['comments', 'ballot_box', 'vote_register', 'ballots', 'proposal_coauthors', 'proposal_versions', 'proposals', 'invitation_codes', 'consultation_participants']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`ALTER TABLE consultations DROP COLUMN settings, DROP COLUMN phase_schedule, DROP COLUMN revision_round, DROP COLUMN phase_changed_at`);
    await q.query(`DROP FUNCTION IF EXISTS concordia_unaccent(text)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS concordia_fr`);
  }
}
