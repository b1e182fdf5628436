import { MigrationInterface, QueryRunner } from 'typeorm';

/** The committee of each consultation (members and one chair); the review tables follow. */
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS committee_members`);
  }
}
