import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting minutes as the source of tasks (issue 12): the minutes imported into a board, kept as pasted, and
 * on each task made from them the minutes and the span of the decision in their text.
 */
export class MeetingMinutes1795733500000 implements MigrationInterface {
  name = 'MeetingMinutes1795733500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "minutes" ("id" uuid NOT NULL, "boardId" uuid NOT NULL, "title" character varying(200) NOT NULL, "text" text NOT NULL, "createdById" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6430e69788e26236b493d6fcc7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d266a9369f2f6864b7774dc8" ON "minutes" ("boardId", "createdAt") `,
    );
    await queryRunner.query(`ALTER TABLE "tasks" ADD "decisionMinutesId" uuid`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "decisionStart" integer`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "decisionEnd" integer`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e446330a13907319ea3f81b9ed" ON "tasks" ("decisionMinutesId", "decisionStart") `,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_71ee5fd89ca285d02c27007eb65" FOREIGN KEY ("boardId") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "minutes" ADD CONSTRAINT "FK_93da5f071a477c8fcd474dd6d72" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_1e8e3121ba424ee1bc1ce8eba25" FOREIGN KEY ("decisionMinutesId") REFERENCES "minutes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_1e8e3121ba424ee1bc1ce8eba25"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_93da5f071a477c8fcd474dd6d72"`);
    await queryRunner.query(`ALTER TABLE "minutes" DROP CONSTRAINT "FK_71ee5fd89ca285d02c27007eb65"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e446330a13907319ea3f81b9ed"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "decisionEnd"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "decisionStart"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "decisionMinutesId"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2d266a9369f2f6864b7774dc8"`);
    await queryRunner.query(`DROP TABLE "minutes"`);
  }
}
