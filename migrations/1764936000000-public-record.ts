import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log as each consultation's public record: its entries found by consultation. */
export class PublicRecord1764936000000 implements MigrationInterface {
  name = 'PublicRecord1764936000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_log_consultation_id ON audit_log ((payload->>'consultationId'), seq)`);
    await q.query(`CREATE INDEX audit_log_consultation_slug ON audit_log ((payload->>'consultation'), seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS audit_log_consultation_slug`);
    await q.query(`DROP INDEX IF EXISTS audit_log_consultation_id`);
  }
}
