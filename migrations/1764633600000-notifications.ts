import { MigrationInterface, QueryRunner } from 'typeorm';

/** The in-app notification centre: what happened to a person's contributions, read or not. */
export class Notifications1764633600000 implements MigrationInterface {
  name = 'Notifications1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind ~ '^[a-z0-9.-]+$'),
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
  }
}
