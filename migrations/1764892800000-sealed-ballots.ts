import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots that no reader of the database can link to a voter (issue: one SQL join on `xmin`
 * re-linked every ballot, because the register row and the box row were written by one transaction
 * and lay in the same physical order).
 *
 * While voting is open a ballot is stored sealed (AES-256-GCM, random nonce, key outside the
 * database) beside its register row; at the close the values are decrypted and written to the box
 * in random order by one transaction, and the sealed rows deleted. The box then keeps only
 * (proposal, value) rows that all share that transaction, and the trackers (hashes of the sealed
 * ballots) are kept in a list of their own, sorted, for voters to find theirs.
 */
export class SealedBallots1764892800000 implements MigrationInterface {
  name = 'SealedBallots1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sealed_ballots (
        consultation_id uuid NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        sealed bytea NOT NULL,
        tracker text NOT NULL UNIQUE
      )`);
    await q.query(`CREATE INDEX sealed_ballots_consultation ON sealed_ballots (consultation_id)`);
    await q.query(`CREATE INDEX sealed_ballots_proposal ON sealed_ballots (proposal_id)`);
    await q.query(`
      CREATE TABLE ballot_trackers (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        tracker text NOT NULL,
        PRIMARY KEY (proposal_id, tracker)
      )`);
    await q.query(`CREATE UNIQUE INDEX ballot_trackers_tracker ON ballot_trackers (tracker)`);

    // Ballots stored by earlier versions: rewritten in random order by this one transaction into a
    // new table, and the old one dropped (its file unlinked, not merely its rows marked dead). The
    // random id goes: nothing needs to name one box row.
    await q.query(`
      CREATE TABLE ballot_box_shuffled (
        proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
        value smallint NOT NULL CHECK (value BETWEEN -1 AND 7)
      )`);
    await q.query(`INSERT INTO ballot_box_shuffled (proposal_id, value) SELECT proposal_id, value FROM ballot_box ORDER BY random()`);
    await q.query(`DROP TABLE ballot_box`);
    await q.query(`ALTER TABLE ballot_box_shuffled RENAME TO ballot_box`);
    await q.query(`ALTER TABLE ballot_box RENAME CONSTRAINT ballot_box_shuffled_proposal_id_fkey TO ballot_box_proposal_id_fkey`);
    await q.query(`ALTER TABLE ballot_box RENAME CONSTRAINT ballot_box_shuffled_value_check TO ballot_box_value_check`);
    await q.query(`CREATE INDEX ballot_box_proposal_value ON ballot_box (proposal_id, value)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ballot_box ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY`);
    await q.query(`DROP TABLE IF EXISTS ballot_trackers`);
    await q.query(`DROP TABLE IF EXISTS sealed_ballots`);
  }
}
