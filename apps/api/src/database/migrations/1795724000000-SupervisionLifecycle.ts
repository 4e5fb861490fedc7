import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rectification fields and the supervision lifecycle: assign, sign-off, submit, verify, return. */
export class SupervisionLifecycle1795724000000 implements MigrationInterface {
  name = 'SupervisionLifecycle1795724000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD "problem" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "source" character varying(500) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "measures" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "result" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "evidence" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "evidenceLinks" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "assignedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "acknowledgedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "acknowledgedById" uuid`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "submittedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "verifiedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "verifiedById" uuid`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "verificationNote" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "returnCount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "tasks" ADD "returnReason" text NOT NULL DEFAULT ''`);
    // Tasks that existed before the lifecycle: assigned when created, and signed for once work started.
    await queryRunner.query(
      `UPDATE "tasks" SET "assignedAt" = "createdAt" WHERE "leadDepartmentId" IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "tasks" SET "acknowledgedAt" = "updatedAt" WHERE "leadDepartmentId" IS NOT NULL AND "status" <> 'todo'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [
      'returnReason',
      'returnCount',
      'verificationNote',
      'verifiedById',
      'verifiedAt',
      'submittedAt',
      'acknowledgedById',
      'acknowledgedAt',
      'assignedAt',
      'evidenceLinks',
      'evidence',
      'result',
      'measures',
      'source',
      'problem',
    ]) {
      await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "${column}"`);
    }
  }
}
