import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Administration screens (issue 10): to be filled by the admin work — archived departments, user preferences, the administration audit log. */
export class AdministrationScreens1795733000000 implements MigrationInterface {
  name = 'AdministrationScreens1795733000000';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
