import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration screens (issue 10): each user's own preferences (language, card density), archived
 * departments, and the administration audit log.
 */
export class AdministrationScreens1795733000000 implements MigrationInterface {
  name = 'AdministrationScreens1795733000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(10)`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "cardDensity" character varying(20) NOT NULL DEFAULT 'comfortable'`,
    );
    await queryRunner.query(`ALTER TABLE "departments" ADD "archivedAt" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "admin_audit_entries" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actorId" uuid NOT NULL, "actorName" character varying(100) NOT NULL, "action" character varying(40) NOT NULL, "targetType" character varying(20) NOT NULL, "targetId" uuid NOT NULL, "targetName" character varying(100) NOT NULL, "change" jsonb, CONSTRAINT "PK_b61b6737b03780ef3e9a6988d14" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5f68659d1e13456ff92ea1c4cd" ON "admin_audit_entries" ("at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_5f68659d1e13456ff92ea1c4cd"`);
    await queryRunner.query(`DROP TABLE "admin_audit_entries"`);
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "archivedAt"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "cardDensity"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
