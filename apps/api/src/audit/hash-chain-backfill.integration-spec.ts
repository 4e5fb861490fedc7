import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { InitialSchema1795718918314 } from '../database/migrations/1795718918314-InitialSchema';
import { AuditHashChain1795723042017 } from '../database/migrations/1795723042017-AuditHashChain';
import { typeOrmOptions } from '../database/typeorm-options';
import { createTestDatabase, type TestDatabase } from '../testing/test-app';
import { EventChainVerifier, type ChainedEvent } from '../board-events/event-chain-verifier';

/** More than one page of the backfill, so the chain must carry across pages and from board to board. */
const EVENTS_PER_BOARD = 1200;

describe('The AuditHashChain migration', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let queryRunner: QueryRunner;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource({ ...typeOrmOptions(database.connection), migrationsRun: false });
    await dataSource.initialize();
    queryRunner = dataSource.createQueryRunner();
    await new InitialSchema1795718918314().up(queryRunner);
  });

  afterAll(async () => {
    await queryRunner.release();
    await dataSource.destroy();
    await database.drop();
  });

  it('chains the events written before it, per board in seq order', async () => {
    const userId = randomUUID();
    await queryRunner.query(
      `INSERT INTO users (id, username, "displayName", role, "passwordHash") VALUES ($1, 'admin', 'Admin', 'admin', '-')`,
      [userId],
    );
    const boardIds = [randomUUID(), randomUUID()];
    for (const boardId of boardIds) await insertHistory(queryRunner, boardId, userId);

    await new AuditHashChain1795723042017().up(queryRunner);

    for (const boardId of boardIds) {
      expect(await verifyStored(queryRunner, boardId)).toEqual({
        ok: true,
        checked: EVENTS_PER_BOARD,
        headHash: expect.any(String),
      });
    }
  });
});

/** Events as the app wrote them before the chain: microsecond times and jsonb that reorders keys. */
async function insertHistory(queryRunner: QueryRunner, boardId: string, userId: string): Promise<void> {
  await queryRunner.query(`INSERT INTO boards (id, title, seq, "createdById") VALUES ($1, 'Board', $2, $3)`, [
    boardId,
    EVENTS_PER_BOARD,
    userId,
  ]);
  await queryRunner.query(
    `INSERT INTO board_events ("boardId", seq, type, "actorId", at, data)
     SELECT $1, n, 'task.updated', $2, now() + n * interval '1.234567 second',
            jsonb_build_object('title', 'Task ' || n, 'labels', jsonb_build_array('b', 'a'), 'progress', n % 100)
     FROM generate_series(1, $3::integer) AS n`,
    [boardId, userId, EVENTS_PER_BOARD],
  );
}

async function verifyStored(queryRunner: QueryRunner, boardId: string) {
  const events = (await queryRunner.query(`SELECT * FROM board_events WHERE "boardId" = $1 ORDER BY seq`, [
    boardId,
  ])) as ChainedEvent[];
  const verifier = new EventChainVerifier();
  for (const event of events) verifier.accept(event);
  return verifier.verdict(EVENTS_PER_BOARD);
}
