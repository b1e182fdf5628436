import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee of each consultation (members and one chair), its review of the proposals (rapporteur,
 * private notes, sealed ballots, the tally at close), the official responses and their fingerprints,
 * the follow-up of adopted recommendations, and the public hash-chained audit log.
 */
export class Committee1764806400000 implements MigrationInterface {
  name = 'Committee1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE committee_members (
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'chair')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, user_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX committee_members_one_chair ON committee_members (consultation_id) WHERE role = 'chair'`);
    await q.query(`CREATE INDEX committee_members_user ON committee_members (user_id)`);

    // The committee's rules (libs/domain CommitteeSettings, partial: missing keys take the defaults)
    // and the two moments of its work: the review opened, the outcomes published.
    await q.query(`
      CREATE TABLE committee_settings (
        consultation_id uuid PRIMARY KEY REFERENCES consultations (id) ON DELETE CASCADE,
        rules jsonb NOT NULL DEFAULT '{}'::jsonb,
        review_opened_at timestamptz,
        outcomes_published_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One row per proposal the review rule sent to the committee. The tally is written once, when
    // the chair closes the vote, so later roster changes cannot alter a decision already taken.
    await q.query(`
      CREATE TABLE committee_reviews (
        proposal_id uuid PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        rapporteur_id uuid REFERENCES users (id) ON DELETE SET NULL,
        selected_at timestamptz NOT NULL DEFAULT now(),
        vote_closed_at timestamptz,
        vote_closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        tally jsonb,
        decision text CHECK (decision IN ('adopted', 'adopted_with_amendments', 'not_adopted')),
        CONSTRAINT committee_reviews_closed_with_decision CHECK ((vote_closed_at IS NULL) = (decision IS NULL) AND (decision IS NULL) = (tally IS NULL))
      )`);
    await q.query(`CREATE INDEX committee_reviews_consultation ON committee_reviews (consultation_id)`);

    // Private to the committee: no public endpoint or export reads this table.
    await q.query(`
      CREATE TABLE committee_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES committee_reviews (proposal_id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX committee_notes_proposal ON committee_notes (proposal_id, created_at)`);

    // A vote (a choice, or a grade 1..7 with 0 = no opinion under majority judgment) or a recusal;
    // statement is the reason of a vote or the declared conflict of interest of a recusal.
    await q.query(`
      CREATE TABLE committee_ballots (
        id bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES committee_reviews (proposal_id) ON DELETE CASCADE,
        -- NULL once the member's account is erased: a closed vote keeps its ballots (named publication
        -- shows a deleted participant), so the published ballots still add up to the tally.
        member_id uuid REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('vote', 'recusal')),
        choice text CHECK (choice IN ('adopt', 'adopt_with_amendments', 'reject', 'abstain')),
        grade smallint CHECK (grade BETWEEN 0 AND 7),
        amendments boolean NOT NULL DEFAULT false,
        statement text NOT NULL CHECK (char_length(btrim(statement)) BETWEEN 1 AND 5000),
        cast_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT committee_ballots_one_per_member UNIQUE (proposal_id, member_id),
        CONSTRAINT committee_ballots_shape CHECK (
          (kind = 'recusal' AND choice IS NULL AND grade IS NULL)
          OR (kind = 'vote' AND (choice IS NULL) <> (grade IS NULL)))
      )`);

    await q.query(`
      CREATE TABLE official_responses (
        proposal_id uuid PRIMARY KEY REFERENCES committee_reviews (proposal_id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        decision text CHECK (decision IN ('adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope')),
        opinion text NOT NULL DEFAULT '' CHECK (char_length(opinion) <= 20000),
        amended_text text CHECK (char_length(amended_text) <= 20000),
        revision integer NOT NULL DEFAULT 1,
        edited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        document jsonb,
        fingerprint text CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
        CONSTRAINT official_responses_published_whole CHECK ((published_at IS NULL) = (fingerprint IS NULL) AND (fingerprint IS NULL) = (document IS NULL))
      )`);
    await q.query(`CREATE INDEX official_responses_consultation ON official_responses (consultation_id)`);

    await q.query(`
      CREATE TABLE follow_up_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'abandoned')),
        progress smallint NOT NULL CHECK (progress BETWEEN 0 AND 100),
        occurred_on date NOT NULL,
        milestone text CHECK (char_length(milestone) <= 200),
        details text NOT NULL DEFAULT '' CHECK (char_length(details) <= 5000),
        reason text CHECK (char_length(reason) <= 2000),
        posted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        posted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT follow_up_abandoned_has_reason CHECK (status <> 'abandoned' OR char_length(btrim(coalesce(reason, ''))) > 0),
        CONSTRAINT follow_up_done_is_complete CHECK (status <> 'done' OR progress = 100)
      )`);
    await q.query(`CREATE INDEX follow_up_entries_proposal ON follow_up_entries (proposal_id, occurred_on, posted_at)`);
    await q.query(`CREATE INDEX follow_up_entries_consultation ON follow_up_entries (consultation_id, occurred_on DESC, posted_at DESC)`);

    // Append-only and hash-chained (libs/domain chainEntry): the trigger refuses any change or removal,
    // and a change made anyway (by a superuser) breaks the chain, which GET /api/audit-log/verify shows.
    await q.query(`
      CREATE TABLE audit_log (
        seq bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind ~ '^[a-z0-9.-]+$'),
        payload jsonb NOT NULL,
        previous_hash text,
        hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'follow_up_entries',
      'official_responses',
      'committee_ballots',
      'committee_notes',
      'committee_reviews',
      'committee_settings',
      'committee_members',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_append_only()`);
  }
}
