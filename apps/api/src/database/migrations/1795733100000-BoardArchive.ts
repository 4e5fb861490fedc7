import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Boards from the UI (issue 10): an archived board (归档) is read-only and out of the default list. */
export class BoardArchive1795733100000 implements MigrationInterface {
  name = 'BoardArchive1795733100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "boards" ADD "archivedAt" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "boards" DROP COLUMN "archivedAt"`);
  }
}
