import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record that an account was erased, and by whom (NULL: by its owner). It holds the random id the
 * account had and nothing else about the person, so it can outlive the erasure it proves.
 */
export class Privacy1764979200000 implements MigrationInterface {
  name = 'Privacy1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_erasures (
        id bigserial PRIMARY KEY,
        account_id uuid NOT NULL,
        erased_by uuid REFERENCES users (id) ON DELETE SET NULL,
        erased_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS account_erasures`);
  }
}
