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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "cardDensity"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
