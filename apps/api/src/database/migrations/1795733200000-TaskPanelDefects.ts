import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Task panel defects (issue 10): reserved for schema changes of the task panel and presence work; empty if none is needed. */
export class TaskPanelDefects1795733200000 implements MigrationInterface {
  name = 'TaskPanelDefects1795733200000';

  public async up(_queryRunner: QueryRunner): Promise<void> {}

  public async down(_queryRunner: QueryRunner): Promise<void> {}
}
