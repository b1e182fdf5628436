import { MigrationInterface, QueryRunner } from 'typeorm';

export class Committee1764806400000 implements MigrationInterface {
  name = 'Committee1764806400000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
