import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-board supervision settings: due-soon days, reporting cadence, escalation delay. */
export class BoardSettings1795725000000 implements MigrationInterface {
  name = 'BoardSettings1795725000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "boards" ADD "settings" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "boards" DROP COLUMN "settings"`);
  }
}
