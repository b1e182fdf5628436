import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, single-use e-mail tokens, sign-in throttling, the mail outbox, consultations. */
export class Foundation1764460800000 implements MigrationInterface {
  name = 'Foundation1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE identity_register (
        email_hmac text PRIMARY KEY,
        participant_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        email_normalised text NOT NULL,
        participant_id uuid NOT NULL REFERENCES identity_register (participant_id),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 80),
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{citizen}'
          CHECK (roles <@ ARRAY['citizen','moderator','committee','admin']::text[]),
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr','en')),
        email_verified_at timestamptz,
        totp_secret text,
        totp_pending_secret text,
        totp_enabled_at timestamptz,
        totp_last_step bigint,
        blocked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_unique UNIQUE (email_normalised)
      )`);
    await q.query(`CREATE INDEX users_created_at ON users (created_at DESC, id)`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        awaiting_second_factor boolean NOT NULL DEFAULT false,
        second_factor_verified boolean NOT NULL DEFAULT false,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sessions_user ON sessions (user_id)`);
    await q.query(`
      CREATE TABLE email_tokens (
        token_hash text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('verify-email','reset-password')),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose)`);
    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        throttle_key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_key_time ON login_failures (throttle_key, failed_at)`);
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        phase text NOT NULL DEFAULT 'draft' CHECK (phase IN
          ('draft','proposals_open','voting_open','committee_review','outcomes_published','follow_up','closed')),
        themes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consultations_created_at ON consultations (created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['consultations', 'mail_outbox', 'login_failures', 'email_tokens', 'sessions', 'users', 'identity_register']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
