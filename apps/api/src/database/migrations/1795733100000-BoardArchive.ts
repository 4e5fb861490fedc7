import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Boards from the UI (issue 10): to be filled by the boards work — archived boards. */
export class BoardArchive1795733100000 implements MigrationInterface {
  name = 'BoardArchive1795733100000';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
