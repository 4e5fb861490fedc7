import type { BoardView, TaskView } from '@duban/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient, Factory } from '../testing/api-client';
import { startServerProcess, type ServerProcess } from '../testing/server-process';
import { createTestDatabase, type TestDatabase } from '../testing/test-app';

/**
 * Every acknowledged write survives a crash: the server is killed with SIGKILL right after answering,
 * then started again on the same data. Runs on the embedded database (its files in DATA_DIR) or, with
 * DATABASE_URL, on a fresh database of that PostgreSQL.
 */
describe('Durability of acknowledged writes', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'duban-durability-'));
    env = {
      DATA_DIR: dataDir,
      DEMO: '1',
      JWT_SECRET: 'durability-test-secret',
      DATABASE_URL: '',
      // No scheduled jobs: the only writes are the test's own.
      SCHEDULER_INTERVAL_MS: '0',
    };
    if (process.env.DATABASE_URL) {
      database = await createTestDatabase();
      env.DATABASE_URL = database.connection.url;
    }
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every task, move and comment the server acknowledged before it was killed', async () => {
    server = await startServerProcess(env);
    const supervisor = await ApiClient.login(server.url, 'supervisor', 'duban-demo');
    const factory = new Factory(supervisor);
    const board = (await supervisor.get('/api/boards').expect(200)).body[0] as BoardView;
    const created: TaskView[] = [];
    for (let index = 0; index < 5; index += 1) {
      created.push(await factory.task(board.id, { title: `Written before the crash ${index}` }, supervisor));
    }
    const moved = await supervisor
      .post(`/api/tasks/${created[0]!.id}/move`, { status: 'in_progress', afterTaskId: null, version: 1 })
      .expect(200);
    await supervisor
      .post(`/api/tasks/${created[1]!.id}/comments`, { body: 'Acknowledged, then crashed' })
      .expect(201);
    const before = (await supervisor.get(`/api/boards/${board.id}`).expect(200)).body as {
      seq: number;
      tasks: TaskView[];
    };

    await server.crash();
    server = await startServerProcess(env);

    const again = await ApiClient.login(server.url, 'supervisor', 'duban-demo');
    const after = (await again.get(`/api/boards/${board.id}`).expect(200)).body as {
      seq: number;
      tasks: TaskView[];
    };
    expect(after.seq).toBe(before.seq);
    expect(after.tasks).toEqual(before.tasks);
    expect(after.tasks.find((task) => task.id === created[0]!.id)).toMatchObject({
      status: 'in_progress',
      version: (moved.body as TaskView).version,
    });
    const comments = await again.get(`/api/tasks/${created[1]!.id}/comments`).expect(200);
    expect(comments.body.map((comment: { body: string }) => comment.body)).toEqual([
      'Acknowledged, then crashed',
    ]);
    const history = await again.get(`/api/boards/${board.id}/events?limit=1000`).expect(200);
    expect(history.body.events).toHaveLength(before.seq);
  });
});
