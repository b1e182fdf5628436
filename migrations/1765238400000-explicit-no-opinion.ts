import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "No opinion" now counts as the lowest grade by default. Settings are stored partially (missing keys
 * take the default), so the consultations created before keep the rule their ballots were cast under
 * by having it written out.
 */
export class ExplicitNoOpinion1765238400000 implements MigrationInterface {
  name = 'ExplicitNoOpinion1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE consultations SET settings = settings || '{"noOpinion": "exclude"}'::jsonb WHERE NOT (settings ? 'noOpinion')`);
  }

  async down(): Promise<void> {
    // Nothing to undo: an explicit "exclude" reads the same under the old default.
  }
}
