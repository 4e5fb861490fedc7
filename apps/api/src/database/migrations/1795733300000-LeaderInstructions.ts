import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leader instructions (领导批示, issue 11): a comment's kind and the comment it replies to; an instruction's
 * answer (the reply, its author, when); each task's count of instructions awaiting response (the card badge).
 */
export class LeaderInstructions1795733300000 implements MigrationInterface {
  name = 'LeaderInstructions1795733300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "comments" ADD "kind" character varying(20) NOT NULL DEFAULT 'comment'`,
    );
    await queryRunner.query(`ALTER TABLE "comments" ADD "replyToId" uuid`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "responseCommentId" uuid`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "respondedById" uuid`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "respondedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD "awaitingInstructionCount" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_awaiting_instructions" ON "comments" ("boardId", "createdAt") WHERE "kind" = 'instruction' AND "responseCommentId" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_comments_awaiting_instructions"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "awaitingInstructionCount"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "respondedAt"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "respondedById"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "responseCommentId"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "replyToId"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "kind"`);
  }
}
