import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 进展反馈: dated progress reports by departments on their tasks. */
export class ProgressReports1795726000000 implements MigrationInterface {
  name = 'ProgressReports1795726000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "progress_reports" ("id" uuid NOT NULL, "taskId" uuid NOT NULL, "boardId" uuid NOT NULL, "departmentId" uuid, "authorId" uuid NOT NULL, "text" text NOT NULL, "progress" smallint NOT NULL, "reportedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_175179020a43d5ec75ab1d6a04f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_76272559da40e5b6087eca601a" ON "progress_reports" ("taskId", "reportedAt") `,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_935dff8e2d128b61394ac502616" FOREIGN KEY ("taskId") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" ADD CONSTRAINT "FK_8295aaa1dfb98e4a244ecab2794" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_8295aaa1dfb98e4a244ecab2794"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_reports" DROP CONSTRAINT "FK_935dff8e2d128b61394ac502616"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_76272559da40e5b6087eca601a"`);
    await queryRunner.query(`DROP TABLE "progress_reports"`);
  }
}
