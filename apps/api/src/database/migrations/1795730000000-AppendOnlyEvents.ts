import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board event log is append-only in the database itself: updating, deleting or truncating events is
 * refused, whatever the application does. Deleting a whole board still takes its events with it. Someone
 * who owns the table can drop the trigger; the hash chain is what shows that they changed something.
 */
export class AppendOnlyEvents1795730000000 implements MigrationInterface {
  name = 'AppendOnlyEvents1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "board_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A cascade from a deleted board: the board row is already gone.
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "boards" WHERE "id" = OLD."boardId") THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'board_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "board_events_append_only" BEFORE UPDATE OR DELETE ON "board_events"
      FOR EACH ROW EXECUTE FUNCTION "board_events_append_only"()`);
    await queryRunner.query(`
      CREATE TRIGGER "board_events_no_truncate" BEFORE TRUNCATE ON "board_events"
      FOR EACH STATEMENT EXECUTE FUNCTION "board_events_append_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "board_events_no_truncate" ON "board_events"`);
    await queryRunner.query(`DROP TRIGGER "board_events_append_only" ON "board_events"`);
    await queryRunner.query(`DROP FUNCTION "board_events_append_only"()`);
  }
}
