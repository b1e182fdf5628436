import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail privacy and retention. Outbox rows name their template and, once sent, keep no subject,
 * body or address (a CHECK holds every future row to that; rows already sent are scrubbed here,
 * and their address, already masked, is dropped: no keyed hash can be made of it). Indexes let
 * the hourly retention job find what is due without scanning whole tables.
 */
export class Retention1765065600000 implements MigrationInterface {
  name = 'Retention1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN template text NOT NULL DEFAULT 'unknown'`);
    await q.query(`ALTER TABLE mail_outbox ALTER COLUMN template DROP DEFAULT`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN recipient_hash text`);
    await q.query(`
      ALTER TABLE mail_outbox
        ALTER COLUMN recipient DROP NOT NULL,
        ALTER COLUMN subject DROP NOT NULL,
        ALTER COLUMN text_body DROP NOT NULL`);
    await q.query(`
      UPDATE mail_outbox SET recipient = NULL, subject = NULL, text_body = NULL, html_body = NULL, last_error = NULL
      WHERE sent_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_sent_is_scrubbed CHECK (
        sent_at IS NULL OR (recipient IS NULL AND subject IS NULL AND text_body IS NULL AND html_body IS NULL))`);
    await q.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_unsent_is_whole CHECK (
        sent_at IS NOT NULL OR (recipient IS NOT NULL AND subject IS NOT NULL AND text_body IS NOT NULL))`);
    await q.query(`CREATE INDEX mail_outbox_sent_at ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL`);
    await q.query(`CREATE INDEX mail_outbox_unsent_created ON mail_outbox (created_at) WHERE sent_at IS NULL`);
    await q.query(`CREATE INDEX users_unverified_created ON users (created_at) WHERE email_verified_at IS NULL`);
    await q.query(`CREATE INDEX sessions_last_seen ON sessions (last_seen_at)`);
    await q.query(`CREATE INDEX sessions_created ON sessions (created_at)`);
    await q.query(`CREATE INDEX email_tokens_expires ON email_tokens (expires_at)`);
    await q.query(`CREATE INDEX login_failures_time ON login_failures (failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['login_failures_time', 'email_tokens_expires', 'sessions_created', 'sessions_last_seen', 'users_unverified_created', 'mail_outbox_unsent_created', 'mail_outbox_sent_at']) {
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    }
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_unsent_is_whole, DROP CONSTRAINT mail_outbox_sent_is_scrubbed`);
    // Scrubbed rows cannot get their bodies back; the old schema required them, so they go.
    await q.query(`DELETE FROM mail_outbox WHERE sent_at IS NOT NULL`);
    await q.query(`
      ALTER TABLE mail_outbox
        ALTER COLUMN recipient SET NOT NULL,
        ALTER COLUMN subject SET NOT NULL,
        ALTER COLUMN text_body SET NOT NULL,
        DROP COLUMN recipient_hash,
        DROP COLUMN template`);
  }
}
