import type {
  AuditVerification,
  BoardEvent,
  BoardEventsPage,
  BoardSnapshot,
  BoardView,
  CommentView,
  TaskStatus,
  TaskView,
} from '@duban/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '../testing/api-client';
import { startServerProcess, type ServerProcess } from '../testing/server-process';
import { createTestDatabase, type TestDatabase } from '../testing/test-app';
import { WriteStorm } from '../testing/write-storm';

/** Writers that create tasks and move their own; commenters comment on those tasks. */
const WRITERS = ['admin', 'supervisor'];
const COMMENTERS = ['leader', 'ndrc'];
const LANES_PER_CLIENT = 3;
/** The server is killed at this acknowledgement, with the other lanes' writes on their way. */
const KILL_AFTER = 40;

/** A writer lane's own task: the last move acknowledged, and a move sent but never answered. */
interface MovedTask {
  confirmed: TaskView;
  unanswered: TaskStatus | null;
}

/** A board as the restarted server reads it. */
interface BoardState {
  snapshot: BoardSnapshot;
  events: BoardEvent[];
  comments: CommentView[];
  verdict: AuditVerification;
}

/**
 * Crash safety with writes in flight: several clients create, move and comment at once, and the server
 * is killed with SIGKILL while some of their requests are still being served. After a restart every
 * acknowledged write is there, and every unanswered one is either wholly there (the row, its event, its
 * seq) or wholly absent. Runs on the embedded database (its files in DATA_DIR) or, with DATABASE_URL, on
 * a fresh database of that PostgreSQL.
 */
describe('Durability when the server dies mid-write', () => {
  let dataDir: string;
  let database: TestDatabase | undefined;
  let env: NodeJS.ProcessEnv;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'duban-durability-'));
    env = {
      DATA_DIR: dataDir,
      DEMO: '1',
      JWT_SECRET: 'durability-test-secret-0123456789abcdef0123456789',
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

  it('keeps every acknowledged write, and each unanswered one wholly or not at all', async () => {
    server = await startServerProcess(env);
    const clients = await Promise.all([...WRITERS, ...COMMENTERS].map((name) => login(server!, name)));
    const writers = clients.slice(0, WRITERS.length);
    const commenters = clients.slice(WRITERS.length);
    const boards = [await board(writers[0]!, 'Durability A'), await board(writers[1]!, 'Durability B')];
    const laneTasks = await ownTasks(writers, boards);

    let crashed: Promise<void> | undefined;
    const killed = server;
    const storm = new WriteStorm(KILL_AFTER, () => {
      crashed = killed.crash();
    });
    const [moved] = await Promise.all([
      Promise.all(laneTasks.map(({ client, task }, lane) => writerLane(storm, client, task, `lane ${lane}`))),
      Promise.all(
        commenters.flatMap((client, index) =>
          range(LANES_PER_CLIENT).map((lane) =>
            commenterLane(storm, client, laneTasks, `${client.user.username} lane ${lane}`, index + lane),
          ),
        ),
      ),
    ]);
    await crashed;

    expect(storm.attempts.filter((attempt) => attempt.state === 'refused')).toEqual([]);
    expect(storm.inFlightAtKill().length).toBeGreaterThan(0);

    server = await startServerProcess(env);
    const admin = await login(server, 'admin');
    const states = await Promise.all(boards.map((created) => readBoard(admin, created.id)));

    for (const state of states) expectConsistentBoard(state);
    expectEveryWrite(storm, states);
    for (const movedTask of moved) expectMoveWhollyOrNot(movedTask, states);
  });
});

function login(server: ServerProcess, username: string): Promise<ApiClient> {
  return ApiClient.login(server.url, username, 'duban-demo');
}

async function board(client: ApiClient, title: string): Promise<BoardView> {
  return (await client.post('/api/boards', { title }).expect(201)).body as BoardView;
}

/** One task per writer lane, spread over the boards: each lane moves only its own, so moves never conflict. */
async function ownTasks(writers: ApiClient[], boards: BoardView[]) {
  const lanes = writers.flatMap((client) => range(LANES_PER_CLIENT).map(() => client));
  return Promise.all(
    lanes.map(async (client, lane) => {
      const boardId = boards[lane % boards.length]!.id;
      const title = `Lane ${lane}'s task`;
      const response = await client.post(`/api/boards/${boardId}/tasks`, { title }).expect(201);
      return { client, task: response.body as TaskView };
    }),
  );
}

/** Creates a task, moves its own task, and again, until the server is killed. */
async function writerLane(
  storm: WriteStorm,
  client: ApiClient,
  own: TaskView,
  lane: string,
): Promise<MovedTask> {
  const moved: MovedTask = { confirmed: own, unanswered: null };
  for (let n = 1; storm.running; n += 1) {
    const title = `${lane} task ${n}`;
    await storm.send('create', title, () => client.post(`/api/boards/${own.boardId}/tasks`, { title }));
    if (!storm.running) break;
    const { id, status, version } = moved.confirmed;
    const to: TaskStatus = status === 'in_progress' ? 'todo' : 'in_progress';
    const move = await storm.send('move', id, () =>
      client.post(`/api/tasks/${id}/move`, { status: to, afterTaskId: null, version }),
    );
    if (move.state !== 'acknowledged') {
      moved.unanswered = to;
      break;
    }
    moved.confirmed = move.answer as TaskView;
  }
  return moved;
}

async function commenterLane(
  storm: WriteStorm,
  client: ApiClient,
  targets: { task: TaskView }[],
  lane: string,
  offset: number,
) {
  for (let n = 1; storm.running; n += 1) {
    const { task } = targets[(n + offset) % targets.length]!;
    const body = `${lane} comment ${n}`;
    await storm.send('comment', body, () => client.post(`/api/tasks/${task.id}/comments`, { body }));
  }
}

async function readBoard(client: ApiClient, boardId: string): Promise<BoardState> {
  const snapshot = (await client.get(`/api/boards/${boardId}`).expect(200)).body as BoardSnapshot;
  const events: BoardEvent[] = [];
  for (;;) {
    const page = (
      await client.get(`/api/boards/${boardId}/events?after=${events.length}&limit=1000`).expect(200)
    ).body as BoardEventsPage;
    events.push(...page.events);
    if (page.events.length < 1000) break;
  }
  const comments = await Promise.all(
    snapshot.tasks.map(
      async (task) => (await client.get(`/api/tasks/${task.id}/comments`).expect(200)).body as CommentView[],
    ),
  );
  const verdict = (await client.get(`/api/boards/${boardId}/audit/verify`).expect(200))
    .body as AuditVerification;
  return { snapshot, events, comments: comments.flat(), verdict };
}

/** Gapless seqs up to the board's, an intact chain, and rows and events that match one to one. */
function expectConsistentBoard({ snapshot, events, comments, verdict }: BoardState): void {
  expect(events.map((event) => event.seq)).toEqual(range(snapshot.seq).map((index) => index + 1));
  expect(verdict).toMatchObject({ ok: true, checked: snapshot.seq });

  const createdTasks = events.filter((event) => event.type === 'task.created').map((event) => event.data.id);
  expect(sorted(snapshot.tasks.map((task) => task.id))).toEqual(sorted(createdTasks));
  const createdComments = events
    .filter((event) => event.type === 'comment.created')
    .map((event) => event.data.id);
  expect(sorted(comments.map((comment) => comment.id))).toEqual(sorted(createdComments));

  for (const task of snapshot.tasks) {
    const newest = events
      .filter((event) => event.type.startsWith('task.') && taskOf(event)?.id === task.id)
      .at(-1);
    expect(essentials(task)).toEqual(essentials(taskOf(newest!)!));
  }
}

/** Acknowledged creates and comments are there once; unanswered ones at most once. */
function expectEveryWrite(storm: WriteStorm, states: BoardState[]): void {
  const titles = states.flatMap((state) => state.snapshot.tasks.map((task) => task.title));
  const bodies = states.flatMap((state) => state.comments.map((comment) => comment.body));
  const wrong = storm.attempts
    .filter(({ kind }) => kind !== 'move')
    .map((attempt) => {
      const texts = attempt.kind === 'create' ? titles : bodies;
      return { ...attempt, found: texts.filter((text) => text === attempt.marker).length };
    })
    .filter(({ state, found }) => found > 1 || (state === 'acknowledged' && found === 0));
  expect(wrong).toEqual([]);
}

/** A lane's task is as its last acknowledged move left it, or as the unanswered move after it would. */
function expectMoveWhollyOrNot({ confirmed, unanswered }: MovedTask, states: BoardState[]): void {
  const task = states.flatMap((state) => state.snapshot.tasks).find(({ id }) => id === confirmed.id);
  const allowed = [{ version: confirmed.version, status: confirmed.status }];
  if (unanswered) allowed.push({ version: confirmed.version + 1, status: unanswered });
  expect(allowed).toContainEqual({ version: task?.version, status: task?.status });
}

function taskOf(event: BoardEvent): TaskView | null {
  return event.type.startsWith('task.') && event.type !== 'task.deleted' ? (event.data as TaskView) : null;
}

/** What a task's row and its newest event must agree on (counts such as comments change without an event). */
function essentials({ id, title, status, position, version }: TaskView) {
  return { id, title, status, position, version };
}

function range(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}
