import type {
  BoardEvent,
  BoardJoinResult,
  ServerToClientEvents,
  ClientToServerEvents,
} from '@duban/contracts';
import { PROTOCOL_VERSION } from '@duban/contracts';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  connect as connectTcp,
  createServer,
  type Server as TcpServer,
  type Socket as TcpSocket,
} from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { ApiClient, Factory } from '../testing/api-client';
import { freePort, startServerProcess, type ServerProcess } from '../testing/server-process';
import { connectSocket, EventRecorder, joinBoard, type ClientSocket } from '../testing/socket-client';
import {
  createTestDatabase,
  startTestCluster,
  type TestCluster,
  type TestDatabase,
} from '../testing/test-app';

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A board as a browser keeps it: joins (again after every reconnect) with the last seq it has, takes what
 * it missed from the answer and live events after, dropping what it already has.
 */
class BoardFollower {
  readonly seqs: number[] = [];
  private waiters: (() => void)[] = [];

  constructor(
    readonly socket: LiveSocket,
    private readonly boardId: string,
  ) {
    socket.on('board:event', (event) => this.take([event]));
    socket.on('connect', () => void this.join());
  }

  private async join(): Promise<void> {
    const answer: BoardJoinResult = await this.socket
      .timeout(10_000)
      .emitWithAck('board:join', { boardId: this.boardId, afterSeq: this.seqs.at(-1) ?? 0 });
    if (!answer.ok) return;
    // Too far behind: a browser reloads the board; here, nothing in these tests falls that far.
    if ('resync' in answer) throw new Error('Asked to resync');
    this.take(answer.missed);
  }

  private take(events: BoardEvent[]): void {
    // Live events can arrive before the join's answer (the socket is in the room before the log is read):
    // keep each seq once, in order. Dropping everything below the highest seq seen, as before, turned
    // "6 live, then 4 and 5 in `missed`" into a false gap.
    for (const event of events) if (!this.seqs.includes(event.seq)) this.seqs.push(event.seq);
    this.seqs.sort((a, b) => a - b);
    for (const wake of this.waiters.splice(0)) wake();
  }

  async waitForSeq(seq: number, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.seqs.at(-1) ?? 0) < seq) {
      if (Date.now() > deadline) throw new Error(`Timed out at seq ${this.seqs.at(-1)} waiting for ${seq}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

const gapless = (seqs: number[]) => seqs.every((seq, index) => index === 0 || seq === seqs[index - 1]! + 1);

async function createTasks(client: ApiClient, boardId: string, titles: string[]): Promise<number> {
  let seq = 0;
  for (const title of titles) {
    await client.post(`/api/boards/${boardId}/tasks`, { title }).expect(201);
    seq += 1;
  }
  return seq;
}

/**
 * A load balancer in front of the API processes, as nginx is: each new connection goes to the first
 * process that accepts it.
 */
async function startBalancer(upstreams: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  const open = new Set<TcpSocket>();
  const server: TcpServer = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    const tryNext = (candidates: string[]) => {
      const [next, ...rest] = candidates;
      if (!next) return client.destroy();
      const { hostname, port } = new URL(next);
      const upstream = connectTcp(Number(port), hostname);
      upstream.once('error', () => (upstream.bytesWritten === 0 ? tryNext(rest) : client.destroy()));
      upstream.once('connect', () => {
        open.add(upstream);
        upstream.on('close', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      });
    };
    tryNext(upstreams());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('When an API process dies', () => {
  let database: TestDatabase;
  const processes: ServerProcess[] = [];
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all(processes.map((server) => server.stop()));
    await database.drop();
  });

  it('its clients reconnect to another process and catch up by seq with nothing missed', async () => {
    const env = {
      DATABASE_URL: database.connection.url,
      REDIS_URL: process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: `duban-test-${process.pid}-${Date.now()}:`,
      JWT_SECRET: 'two-processes-test-secret-0123456789abcdef012345',
      DEMO: '0',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'admin-password',
      SCHEDULER_INTERVAL_MS: '0',
    };
    // Started together on the empty database: they take turns to migrate and to create the administrator.
    const [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    processes.push(first, second);
    const alive = new Set([first, second]);
    // The balancer offers the second process first: the follower lands there.
    const balancer = await startBalancer(() =>
      [second, first].filter((server) => alive.has(server)).map((server) => server.url),
    );
    try {
      const admin = await ApiClient.login(first.url, 'admin', 'admin-password');
      const board = await new Factory(admin).board();
      const socket: LiveSocket = io(balancer.url, {
        auth: { token: admin.token, protocolVersion: PROTOCOL_VERSION },
        transports: ['websocket'],
        reconnectionDelay: 100,
        reconnectionDelayMax: 500,
        forceNew: true,
      });
      sockets.push(socket);
      const follower = new BoardFollower(socket, board.id);
      await follower.waitForSeq(1);
      let seq = 1 + (await createTasks(admin, board.id, ['Before 1', 'Before 2']));
      await follower.waitForSeq(seq);

      // The process the follower is on is killed; writes go on through the other meanwhile.
      alive.delete(second);
      await second.crash();
      seq += await createTasks(admin, board.id, ['During 1', 'During 2', 'During 3']);
      await follower.waitForSeq(seq);
      seq += await createTasks(admin, board.id, ['After 1']);
      await follower.waitForSeq(seq);

      expect(follower.seqs[0]).toBe(1);
      expect(gapless(follower.seqs)).toBe(true);
      expect(follower.seqs.at(-1)).toBe(seq);
    } finally {
      await balancer.close();
    }
  });
});

describe('When Redis restarts mid-run', () => {
  let redis: ChildProcess | undefined;
  let redisPort: number;
  let cluster: TestCluster;
  const open: ClientSocket[] = [];

  async function startRedis(): Promise<void> {
    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const up = await new Promise<boolean>((resolve) => {
        const probe = connectTcp(redisPort, '127.0.0.1');
        probe.once('connect', () => (probe.destroy(), resolve(true)));
        probe.once('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('redis-server did not start');
  }

  async function stopRedis(): Promise<void> {
    const running = redis;
    redis = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGKILL');
    });
  }

  beforeAll(async () => {
    redisPort = await freePort();
    await startRedis();
    cluster = await startTestCluster(2, `redis://127.0.0.1:${redisPort}`);
  });
  afterAll(async () => {
    for (const socket of open) socket.close();
    await cluster?.close();
    await stopRedis();
  });

  it('clients on both processes still converge on every event, and the link comes back', async () => {
    const [a, b] = cluster.apps;
    const admin = await ApiClient.loginAdmin(a!.url);
    const board = await new Factory(admin).board();
    const watchers = await Promise.all(
      [a!, b!].map(async ({ url }) => {
        const socket = await connectSocket(url, admin.token);
        open.push(socket);
        const recorder = new EventRecorder(socket);
        expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });
        return recorder;
      }),
    );
    await createTasks(admin, board.id, ['Before']);
    for (const recorder of watchers) await recorder.waitFor((seen) => seen.events.length === 1);

    // Redis goes away; writes go on through process A; then it comes back, empty.
    await stopRedis();
    await createTasks(admin, board.id, ['While away 1', 'While away 2']);
    await startRedis();
    // Once B hears of A's events again, it fills what it missed from the log, in order.
    const viaB = new ApiClient(b!.url, admin.token, admin.user);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      await createTasks(attempt % 2 === 0 ? admin : viaB, board.id, [`After ${attempt}`]);
      if (watchers.every((recorder) => recorder.events.length === attempt + 4)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    for (const recorder of watchers) {
      const seqs = recorder.events.map((event) => event.seq);
      expect(gapless(seqs)).toBe(true);
      expect(seqs.length).toBeGreaterThanOrEqual(4);
    }
    expect(watchers[0]!.events.map((event) => event.seq)).toEqual(
      watchers[1]!.events.map((event) => event.seq),
    );
  });
});
