import { MigrationInterface, QueryRunner } from 'typeorm';

const REASONS = `'off_topic','offensive','personal_data','duplicate','spam','other'`;

/**
 * Moderation: what the personal-data detector found in each proposal and comment, citizens'
 * reports (once per citizen per item), the log of every moderation action (decisions are its
 * lines, so an appeal points at one), and appeals (once per decision).
 *
 * A report, an action or an appeal targets a proposal or a comment through two nullable foreign
 * keys, exactly one set: deleting the content deletes its moderation trail with it.
 */
export class Moderation1764720000000 implements MigrationInterface {
  name = 'Moderation1764720000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['proposals', 'comments']) {
      // personal_data: spans {field, kind, start, end}, never the text itself (it is in the item).
      // personal_data_pending: found and not yet reviewed by a moderator.
      // reports_reviewed_at: reports before it were answered by a moderator's review.
      // moderation_reason: the charter reason of the current rejected or hidden state ('reported' while hidden by reports).
      await q.query(`
        ALTER TABLE ${table}
          ADD COLUMN personal_data jsonb NOT NULL DEFAULT '[]'::jsonb,
          ADD COLUMN personal_data_pending boolean NOT NULL DEFAULT false,
          ADD COLUMN reports_reviewed_at timestamptz,
          ADD COLUMN moderation_reason text CHECK (moderation_reason IN (${REASONS}, 'reported'))`);
      await q.query(`CREATE INDEX ${table}_personal_data_pending ON ${table} (id) WHERE personal_data_pending`);
    }

    await q.query(`
      CREATE TABLE content_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        -- An erased account's reports still count: the item was reported by that many people.
        reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text NOT NULL CHECK (reason IN (${REASONS})),
        text text CHECK (char_length(text) <= 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(proposal_id, comment_id) = 1),
        CONSTRAINT content_reports_once_per_proposal UNIQUE (proposal_id, reporter_id),
        CONSTRAINT content_reports_once_per_comment UNIQUE (comment_id, reporter_id)
      )`);
    await q.query(`CREATE INDEX content_reports_proposal_time ON content_reports (proposal_id, created_at) WHERE proposal_id IS NOT NULL`);
    await q.query(`CREATE INDEX content_reports_comment_time ON content_reports (comment_id, created_at) WHERE comment_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial UNIQUE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        proposal_id uuid REFERENCES proposals (id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments (id) ON DELETE CASCADE,
        -- NULL: the system (threshold reached, personal data held), or an erased account.
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action text NOT NULL CHECK (action IN ('approve','reject','hide','restore','confirm_hidden','merge',
          'auto_hide','hold_flagged','appeal','appeal_upheld','appeal_overturned')),
        reason text CHECK (reason IN (${REASONS}, 'reported')),
        note text CHECK (char_length(note) <= 2000),
        previous_state text,
        new_state text,
        -- Appeal lines point at the decision appealed; a merge at the proposal merged into.
        decision_id uuid REFERENCES moderation_actions (id) ON DELETE CASCADE,
        merged_into uuid REFERENCES proposals (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(proposal_id, comment_id) = 1)
      )`);
    await q.query(`CREATE INDEX moderation_actions_consultation ON moderation_actions (consultation_id, seq DESC)`);
    await q.query(`CREATE INDEX moderation_actions_proposal ON moderation_actions (proposal_id, seq DESC) WHERE proposal_id IS NOT NULL`);
    await q.query(`CREATE INDEX moderation_actions_comment ON moderation_actions (comment_id, seq DESC) WHERE comment_id IS NOT NULL`);
    await q.query(`CREATE INDEX moderation_actions_actor ON moderation_actions (actor_id)`);

    await q.query(`
      CREATE TABLE moderation_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Once per decision, whichever co-author files it.
        decision_id uuid NOT NULL UNIQUE REFERENCES moderation_actions (id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        appellant_id uuid REFERENCES users (id) ON DELETE SET NULL,
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        outcome text CHECK (outcome IN ('upheld','overturned')),
        note text CHECK (char_length(note) <= 2000),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        CHECK ((outcome IS NULL) = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX moderation_appeals_open ON moderation_appeals (consultation_id, created_at) WHERE outcome IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS moderation_appeals`);
    await q.query(`DROP TABLE IF EXISTS moderation_actions`);
    await q.query(`DROP TABLE IF EXISTS content_reports`);
    for (const table of ['proposals', 'comments']) {
      await q.query(`DROP INDEX IF EXISTS ${table}_personal_data_pending`);
      await q.query(`
        ALTER TABLE ${table}
          DROP COLUMN IF EXISTS personal_data,
          DROP COLUMN IF EXISTS personal_data_pending,
          DROP COLUMN IF EXISTS reports_reviewed_at,
          DROP COLUMN IF EXISTS moderation_reason`);
    }
  }
}
