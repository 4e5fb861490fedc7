import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Field-level before/after in every board event (`changes`; null for events recorded before, which keep
 * their hashes), events without a person behind them (`actorId` null: the scheduler), and the deadline a
 * reminder was about.
 */
export class AuditChanges1795729000000 implements MigrationInterface {
  name = 'AuditChanges1795729000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_events" ADD "changes" jsonb`);
    await queryRunner.query(`ALTER TABLE "board_events" ALTER COLUMN "actorId" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_board_events_board_actor" ON "board_events" ("boardId", "actorId", "seq")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_board_events_board_at" ON "board_events" ("boardId", "at")`);
    await queryRunner.query(`ALTER TABLE "reminders" ADD "deadline" date`);
    await queryRunner.query(
      `UPDATE "reminders" SET "deadline" = "tasks"."deadline" FROM "tasks" WHERE "tasks"."id" = "reminders"."taskId"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ADD "deadline" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "deadline"`);
    await queryRunner.query(`ALTER TABLE "reminders" DROP COLUMN "deadline"`);
    await queryRunner.query(`DROP INDEX "IDX_board_events_board_at"`);
    await queryRunner.query(`DROP INDEX "IDX_board_events_board_actor"`);
    await queryRunner.query(`ALTER TABLE "board_events" ALTER COLUMN "actorId" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "board_events" DROP COLUMN "changes"`);
  }
}
