import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A closed task can be reopened by a supervisor, with a reason kept on the task. */
export class TaskReopening1795732400000 implements MigrationInterface {
  name = 'TaskReopening1795732400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD "reopenReason" text NOT NULL DEFAULT ''`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "reopenReason"`);
  }
}
