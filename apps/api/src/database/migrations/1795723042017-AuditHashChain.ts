import { MigrationInterface, QueryRunner } from 'typeorm';
// The backfill must hash exactly as the app appends and verifies, so it shares the one definition.
import { GENESIS_HASH, hashEvent } from '../../board-events/event-hash';

const PAGE_SIZE = 1000;
const BEFORE_ALL_BOARDS = '00000000-0000-0000-0000-000000000000';

interface StoredEvent {
  boardId: string;
  seq: number;
  type: string;
  actorId: string;
  at: Date;
  data: unknown;
}

/** Makes the board event log tamper-evident: every event gets its prevHash and hash, chained per board. */
export class AuditHashChain1795723042017 implements MigrationInterface {
  name = 'AuditHashChain1795723042017';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_events" ADD "prevHash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "board_events" ADD "hash" character varying(64)`);
    await backfillHashes(queryRunner);
    await queryRunner.query(`ALTER TABLE "board_events" ALTER COLUMN "prevHash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "board_events" ALTER COLUMN "hash" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "board_events" DROP COLUMN "hash"`);
    await queryRunner.query(`ALTER TABLE "board_events" DROP COLUMN "prevHash"`);
  }
}

/** Walks all events by board and seq, a page at a time, chaining each board's events from the genesis hash. */
async function backfillHashes(queryRunner: QueryRunner): Promise<void> {
  let last = { boardId: BEFORE_ALL_BOARDS, seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const page = (await queryRunner.query(
      `SELECT "boardId", "seq", "type", "actorId", "at", "data" FROM "board_events"
       WHERE ("boardId", "seq") > ($1, $2) ORDER BY "boardId", "seq" LIMIT ${PAGE_SIZE}`,
      [last.boardId, last.seq],
    )) as StoredEvent[];
    if (page.length === 0) return;
    const hashed = page.map((event) => {
      const prevHash = event.boardId === last.boardId ? last.hash : GENESIS_HASH;
      last = { boardId: event.boardId, seq: event.seq, hash: hashEvent(prevHash, event) };
      return { ...event, prevHash, hash: last.hash };
    });
    await queryRunner.query(
      `UPDATE "board_events" AS event SET "prevHash" = chained.prev_hash, "hash" = chained.hash
       FROM unnest($1::uuid[], $2::integer[], $3::varchar[], $4::varchar[]) AS chained(board_id, seq, prev_hash, hash)
       WHERE event."boardId" = chained.board_id AND event."seq" = chained.seq`,
      [
        hashed.map((event) => event.boardId),
        hashed.map((event) => event.seq),
        hashed.map((event) => event.prevHash),
        hashed.map((event) => event.hash),
      ],
    );
  }
}
