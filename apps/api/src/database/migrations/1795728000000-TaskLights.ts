import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The stored status light of each task; the scheduler keeps it current as days pass. */
export class TaskLights1795728000000 implements MigrationInterface {
  name = 'TaskLights1795728000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD "light" character varying(10) NOT NULL DEFAULT 'none'`);
    // A first estimate with the default 7 due-soon days; the scheduler's first run settles every board.
    await queryRunner.query(`
      UPDATE "tasks" SET "light" = CASE
        WHEN "status" = 'done' THEN 'green'
        WHEN "deadline" IS NULL THEN 'none'
        WHEN "deadline" < CURRENT_DATE THEN 'red'
        WHEN "deadline" <= CURRENT_DATE + 7 THEN 'yellow'
        ELSE 'green'
      END`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "light"`);
  }
}
