import type { AuditVerification, BoardSnapshot, BoardView, CommentView, TaskView } from '@duban/contracts';
import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../server';
import { ApiClient, Factory } from '../../testing/api-client';
import { tamperWith } from '../../testing/tamper';
import { createTestDatabase, testConfig } from '../../testing/test-app';
import { DataDirInUseError } from '../data-dir-lock';
import { EMBEDDED_POOL_SIZE, startEmbeddedDatabase } from '../embedded-database';
import type { DatabaseConnection } from '../typeorm-options';
import { backup, restore, type DatabaseLocation } from './backup';

/** The app running on one site's database. */
interface RunningApp {
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A database to back up or restore into, in the mode the tests run in: a new database on the PostgreSQL
 * at DATABASE_URL, or an embedded database in its own folder when DATABASE_URL is unset.
 */
interface Site {
  location: DatabaseLocation;
  start(): Promise<RunningApp>;
  drop(): Promise<void>;
}

const onPostgres = Boolean(process.env.DATABASE_URL);

async function newSite(scratch: string): Promise<Site> {
  const dataDir = mkdtempSync(join(scratch, 'data-'));
  if (onPostgres) {
    const database = await createTestDatabase();
    return {
      location: { databaseUrl: database.connection.url, dataDir },
      start: () => startApp(database.connection, () => Promise.resolve()),
      drop: () => database.drop(),
    };
  }
  return {
    location: { databaseUrl: null, dataDir },
    start: async () => {
      const embedded = await startEmbeddedDatabase(dataDir);
      return startApp({ url: embedded.url, poolSize: EMBEDDED_POOL_SIZE }, () => embedded.stop());
    },
    drop: () => Promise.resolve(),
  };
}

async function startApp(connection: DatabaseConnection, stopDatabase: () => Promise<void>) {
  let app: INestApplication | undefined;
  try {
    app = await createApp(testConfig(), connection, { logger: false });
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app?.close().catch(() => undefined);
    await stopDatabase();
    throw error;
  }
  const started = app;
  return {
    url: (await started.getUrl()).replace('[::1]', '127.0.0.1'),
    dataSource: started.get(DataSource),
    async close() {
      await started.close();
      await stopDatabase();
    },
  } satisfies RunningApp;
}

/** Boards, tasks, comments and moves made through the API: what a backup must carry. */
async function writeSomeWork(admin: ApiClient) {
  const factory = new Factory(admin);
  const boards = [await factory.board({ title: 'Standing Committee' }), await factory.board()];
  const tasks: TaskView[] = [];
  for (const [index, board] of boards.entries()) {
    for (let n = 0; n < 3; n += 1) tasks.push(await factory.task(board.id, { title: `Task ${index}.${n}` }));
  }
  await admin
    .post(`/api/tasks/${tasks[0]!.id}/move`, { status: 'in_progress', afterTaskId: null, version: 1 })
    .expect(200);
  await admin.patch(`/api/tasks/${tasks[4]!.id}`, { progress: 40, version: 1 }).expect(200);
  await admin.post(`/api/tasks/${tasks[1]!.id}/comments`, { body: 'Kept in the backup' }).expect(201);
  return boards;
}

async function snapshot(client: ApiClient, boards: BoardView[]) {
  return Promise.all(
    boards.map(async (board) => {
      const view = (await client.get(`/api/boards/${board.id}`).expect(200)).body as BoardSnapshot;
      const comments = await Promise.all(
        view.tasks.map(
          async (task) =>
            (await client.get(`/api/tasks/${task.id}/comments`).expect(200)).body as CommentView[],
        ),
      );
      return { view, comments: comments.flat() };
    }),
  );
}

describe('Backup and restore', () => {
  let scratch: string;
  const sites: Site[] = [];
  const apps: RunningApp[] = [];

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'duban-backup-'));
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  afterAll(async () => {
    for (const site of sites) await site.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A folder per backup: default names tell backups apart to the second, and these come faster. */
  function backupsDir(): string {
    return mkdtempSync(join(scratch, 'backups-'));
  }

  async function site(): Promise<Site> {
    const created = await newSite(scratch);
    sites.push(created);
    return created;
  }

  async function start(of: Site): Promise<RunningApp> {
    const app = await of.start();
    apps.push(app);
    return app;
  }

  async function stop(app: RunningApp): Promise<void> {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  }

  /** The source's work, backed up: online on PostgreSQL, after the server stops on the embedded database. */
  async function backedUpWork(source: Site) {
    const app = await start(source);
    const admin = await ApiClient.loginAdmin(app.url);
    const boards = await writeSomeWork(admin);
    const before = await snapshot(admin, boards);
    if (!onPostgres) await stop(app);
    const result = await backup(source.location, null, backupsDir());
    return { boards, before, file: result.file };
  }

  it("restores into a fresh database where every board's audit chain verifies and the work is all there", async () => {
    const { boards, before, file } = await backedUpWork(await site());
    const target = await site();

    const restored = await restore(target.location, file, false);

    expect(restored.check).toMatchObject({
      ok: true,
      tasks: 6,
      boards: before.map(({ view }) => ({
        boardId: view.board.id,
        seq: view.seq,
        intactEvents: view.seq,
        ok: true,
      })),
    });

    const app = await start(target);
    const admin = await ApiClient.loginAdmin(app.url);
    expect(await snapshot(admin, boards)).toEqual(before);
    for (const board of before) {
      const verdict = (await admin.get(`/api/boards/${board.view.board.id}/audit/verify`).expect(200))
        .body as AuditVerification;
      expect(verdict).toMatchObject({ ok: true, checked: board.view.seq });
      const events = await admin.get(`/api/boards/${board.view.board.id}/events?limit=1000`).expect(200);
      expect(events.body.events.map((event: { seq: number }) => event.seq)).toEqual(
        Array.from({ length: board.view.seq }, (_, index) => index + 1),
      );
    }
    expect(before[0]!.comments.map((comment) => comment.body)).toEqual(['Kept in the backup']);
  });

  it('refuses to restore over a database that holds data, and replaces it with --clean', async () => {
    const { before, file } = await backedUpWork(await site());
    const target = await site();
    const targetApp = await start(target);
    await new Factory(await ApiClient.loginAdmin(targetApp.url)).board({ title: 'Made after the backup' });
    await stop(targetApp);

    await expect(restore(target.location, file, false)).rejects.toThrow(
      onPostgres ? /is not empty.*--clean/s : /already holds a database.*--clean/s,
    );
    const restored = await restore(target.location, file, true);

    expect(restored.check.ok).toBe(true);
    expect(restored.setAside === null).toBe(onPostgres);
    const admin = await ApiClient.loginAdmin((await start(target)).url);
    const titles = ((await admin.get('/api/boards').expect(200)).body as BoardView[]).map(
      (board) => board.title,
    );
    expect(titles.sort()).toEqual(before.map((board) => board.view.board.title).sort());
  });

  it('reports a restored board whose log was altered, naming the first broken seq', async () => {
    const source = await site();
    const app = await start(source);
    const admin = await ApiClient.loginAdmin(app.url);
    const [board] = await writeSomeWork(admin);
    await tamperWith(app.dataSource, `UPDATE board_events SET data = '{}' WHERE "boardId" = $1 AND seq = 2`, [
      board!.id,
    ]);
    await stop(app);
    const { file } = await backup(source.location, null, backupsDir());

    const restored = await restore((await site()).location, file, false);

    expect(restored.check.ok).toBe(false);
    expect(restored.check.boards.find((check) => check.boardId === board!.id)).toMatchObject({
      ok: false,
      firstBrokenSeq: 2,
      intactEvents: 1,
    });
  });

  it('refuses a backup of the other kind of database, saying which setting to change', async () => {
    const source = await site();
    await stop(await start(source));
    const { file } = await backup(source.location, null, backupsDir());
    const other: DatabaseLocation = onPostgres
      ? { databaseUrl: null, dataDir: mkdtempSync(join(scratch, 'data-')) }
      : { databaseUrl: 'postgres://postgres@127.0.0.1:1/unused', dataDir: source.location.dataDir };

    await expect(restore(other, file, false)).rejects.toThrow(
      onPostgres ? /set DATABASE_URL/ : /unset DATABASE_URL/,
    );
  });

  it('lets one process at a time open the embedded data folder: a backup waits for the server to stop', async () => {
    const dataDir = mkdtempSync(join(scratch, 'data-'));
    const running = await startEmbeddedDatabase(dataDir);
    try {
      const location = { databaseUrl: null, dataDir };
      await expect(backup(location, null, backupsDir())).rejects.toThrow(DataDirInUseError);
      await expect(backup(location, null, backupsDir())).rejects.toThrow(
        /in use by the Duban server \(process \d+\)/,
      );
      await expect(startEmbeddedDatabase(dataDir, 'a second server')).rejects.toThrow(DataDirInUseError);
    } finally {
      await running.stop();
    }
    const result = await backup({ databaseUrl: null, dataDir }, null, backupsDir());
    expect(result).toMatchObject({ kind: 'embedded', file: expect.stringMatching(/duban-.*\.tar\.gz$/) });
  });
});
