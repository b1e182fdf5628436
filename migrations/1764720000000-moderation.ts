import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1764720000000 implements MigrationInterface {
  name = 'Moderation1764720000000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
