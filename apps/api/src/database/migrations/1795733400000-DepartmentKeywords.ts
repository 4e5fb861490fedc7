import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The words that suggest a department as the lead of a decision in imported minutes (issue 12). */
export class DepartmentKeywords1795733400000 implements MigrationInterface {
  name = 'DepartmentKeywords1795733400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "departments" ADD "keywords" text array NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "keywords"`);
  }
}
