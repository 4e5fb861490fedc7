import type { BoardEventsPage } from '@duban/contracts';
import { Client } from 'pg';
import { Clock } from '../common/clock';
import { ADVISORY_LOCKS } from '../database/advisory-lock';
import { ApiClient, Factory } from '../testing/api-client';
import { startTestCluster, type TestCluster } from '../testing/test-app';
import { SchedulerService } from './scheduler.service';

const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/** Two API processes on one database: one tick at a time among them, no light changed twice. */
describe('The scheduler with two API processes', () => {
  let cluster: TestCluster;
  let admin: ApiClient;
  let factory: Factory;

  beforeAll(async () => {
    cluster = await startTestCluster(2, REDIS_URL);
    admin = await ApiClient.loginAdmin(cluster.apps[0]!.url);
    factory = new Factory(admin);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => cluster?.close());

  const schedulers = () => cluster.apps.map(({ app }) => app.get(SchedulerService));

  function setToday(date: string): void {
    for (const { app } of cluster.apps) {
      const clock = app.get(Clock);
      jest.spyOn(clock, 'today').mockReturnValue(date);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(`${date}T09:00:00Z`));
    }
  }

  async function lightEvents(boardId: string): Promise<string[]> {
    const page = (await admin.get(`/api/boards/${boardId}/events?after=0&limit=1000`).expect(200))
      .body as BoardEventsPage;
    return page.events
      .filter((event) => event.type === 'task.light_changed')
      .map((event) => (event.data as { id: string }).id);
  }

  it('runs both processes’ ticks at once without changing any light twice', async () => {
    setToday('2021-05-01');
    const board = await factory.board();
    const tasks = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        factory.task(board.id, { title: `Due ${index}`, deadline: '2021-05-03' }),
      ),
    );

    setToday('2021-05-10');
    const ran = await Promise.all(schedulers().map((scheduler) => scheduler.tick()));

    expect(ran).toContain(true);
    const changed = await lightEvents(board.id);
    expect(changed.sort()).toEqual(tasks.map((task) => task.id).sort());
  });

  it('skips a tick while another process holds the turn, and runs once it is free', async () => {
    setToday('2021-06-01');
    const board = await factory.board();
    await factory.task(board.id, { title: 'Overdue by the tick', deadline: '2021-06-03' });
    setToday('2021-06-10');
    const other = new Client({ connectionString: cluster.databaseUrl });
    await other.connect();
    try {
      // What a third process's tick holds while it runs.
      await other.query('SELECT pg_advisory_lock($1, $2)', [...ADVISORY_LOCKS.schedulerTick]);
      expect(await Promise.all(schedulers().map((scheduler) => scheduler.tick()))).toEqual([false, false]);
      expect(await lightEvents(board.id)).toEqual([]);
      await other.query('SELECT pg_advisory_unlock($1, $2)', [...ADVISORY_LOCKS.schedulerTick]);
    } finally {
      await other.end();
    }
    expect(await schedulers()[1]!.tick()).toBe(true);
    expect(await lightEvents(board.id)).toHaveLength(1);
  });
});
