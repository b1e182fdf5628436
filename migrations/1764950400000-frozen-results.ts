import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results frozen at the close of each round: computed once, in the transaction that closes the
 * vote, stored with their fingerprint (which the public record's voting.closed entry carries), and
 * served from here ever after instead of re-aggregating every ballot at each request.
 */
export class FrozenResults1764950400000 implements MigrationInterface {
  name = 'FrozenResults1764950400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE frozen_rounds (
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        round integer NOT NULL,
        proposals integer NOT NULL,
        fingerprint text NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, round)
      )`);
    await q.query(`
      CREATE TABLE frozen_results (
        consultation_id uuid NOT NULL,
        round integer NOT NULL,
        position integer NOT NULL,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        PRIMARY KEY (consultation_id, round, position),
        UNIQUE (proposal_id, round),
        FOREIGN KEY (consultation_id, round) REFERENCES frozen_rounds (consultation_id, round) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS frozen_results`);
    await q.query(`DROP TABLE IF EXISTS frozen_rounds`);
  }
}
