import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications name their task as it was titled when they were made. */
export class NotificationTaskTitle1795731000000 implements MigrationInterface {
  name = 'NotificationTaskTitle1795731000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "taskTitle" text`);
    await queryRunner.query(
      `UPDATE "notifications" SET "taskTitle" = "tasks"."title" FROM "tasks" WHERE "tasks"."id" = "notifications"."taskId"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "taskTitle"`);
  }
}
