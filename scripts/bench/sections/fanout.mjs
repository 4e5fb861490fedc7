// `npm run bench`, issue 13 items 1 and 2: fan-out. N socket clients on one board (spread over bench users,
// 10 sockets each, and over forked client processes), writes through REST at R/s for T s; the latency from
// each write request's start to each client's receipt of its event. Floor, in the same run: a bare
// socket.io server (bare-socket-server.mjs, the same socket.io 4.8.3) doing one `pg` INSERT per write (with
// DATABASE_URL; none without) and broadcasting it to the same number of clients at the same rate, measured
// the same way. Item 2: the same fan-out on two API processes over Redis, clients split across both and
// writes through both, as a ratio to one process (the "floor" there is the one-process figure).
import { createBoard, login } from '../bench-support.mjs';
import {
  SOCKETS_PER_USER,
  benchUsers,
  freshDatabase,
  percentile,
  processStats,
  redisAnswers,
  startApi,
  startBareServer,
  startFleets,
} from '../socket-bench-support.mjs';

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Client processes for `clients` sockets: one up to 300, then one per 250 (at most 4). */
const fleetsFor = (clients) => (clients <= 300 ? 1 : Math.min(4, Math.ceil(clients / 250)));

/**
 * Writes `rate`/s for `seconds` through `write(title)` (round-robin over targets inside it), the clients
 * already joined; then waits for stragglers and returns latency figures and the server's CPU and RSS.
 */
async function drive({ fleets, clients, rate, seconds, write, pids, tag }) {
  const before = pids.map((pid) => processStats(pid));
  const startedWall = now();
  const starts = new Map();
  const pending = [];
  const count = Math.round(rate * seconds);
  let failedWrites = 0;
  const writeTimes = [];
  for (let index = 0; index < count; index += 1) {
    const due = startedWall + (index * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    const title = `${tag}-${index}`;
    const started = now();
    starts.set(title, started);
    pending.push(
      write(title, index).then(
        () => writeTimes.push(now() - started),
        () => {
          failedWrites += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  // Stragglers: until every client has every event, or 3 s with nothing new.
  await sleep(500);
  const receipts = await fleets.collect();
  let settle = 0;
  while (settle < 6) {
    const total = [...receipts.values()].reduce((sum, times) => sum + times.length, 0);
    if (total >= count * clients) break;
    await sleep(500);
    const more = await fleets.collect();
    if (more.size === 0) settle += 1;
    for (const [key, times] of more) receipts.set(key, [...(receipts.get(key) ?? []), ...times]);
  }
  const wallMs = now() - startedWall;
  const after = pids.map((pid) => processStats(pid));
  const latencies = [];
  for (const [title, started] of starts)
    for (const at of receipts.get(title) ?? []) latencies.push(at - started);
  latencies.sort((a, b) => a - b);
  writeTimes.sort((a, b) => a - b);
  return {
    writeP50: percentile(writeTimes, 0.5),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    delivered: latencies.length,
    lost: count * clients - latencies.length,
    failedWrites,
    cpuPercent: (after.reduce((sum, s, i) => sum + s.cpuMs - before[i].cpuMs, 0) / wallMs) * 100,
    rssMb: after.reduce((sum, s) => sum + s.rss, 0) / 2 ** 20,
  };
}

const describe = (figures) =>
  `p50 ${figures.p50.toFixed(1)} / p95 ${figures.p95.toFixed(1)} / p99 ${figures.p99.toFixed(1)} / ` +
  `max ${figures.max.toFixed(1)} ms (the write's response: p50 ${figures.writeP50.toFixed(1)} ms), delivered ${figures.delivered}, lost ${figures.lost}` +
  (figures.failedWrites ? `, ${figures.failedWrites} writes failed` : '') +
  `, server CPU ${figures.cpuPercent.toFixed(0)}% of a core, RSS ${figures.rssMb.toFixed(0)} MB`;

/** Our API: `clients` sockets split over `apis`, joined to the board, writes through them in turn. */
async function measureOurs({ apis, tokens, boardId, writerToken, clients, rate, seconds, tag }) {
  const sockets = Array.from({ length: clients }, (_, index) => ({
    url: apis[index % apis.length].url,
    token: tokens[Math.floor(index / apis.length / SOCKETS_PER_USER) % tokens.length],
  }));
  const fleets = await startFleets(sockets, fleetsFor(clients), 'board:event');
  try {
    await fleets.join('board:join', { boardId });
    await sleep(500); // presence after the joins settles (it is coalesced)
    await fleets.collect();
    return await drive({
      fleets,
      clients,
      rate,
      seconds,
      tag,
      pids: apis.map((api) => api.pid),
      write: async (title, index) => {
        const response = await fetch(`${apis[index % apis.length].url}/api/boards/${boardId}/tasks`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${writerToken}` },
          body: JSON.stringify({ title }),
        });
        if (!response.ok) throw new Error(`POST task: ${response.status}`);
        await response.arrayBuffer();
      },
    });
  } finally {
    await fleets.close();
  }
}

async function measureFloor({ bare, clients, rate, seconds, tag }) {
  const fleets = await startFleets(
    Array.from({ length: clients }, () => ({ url: bare.url })),
    fleetsFor(clients),
    'tick',
  );
  try {
    await fleets.join('join', {});
    return await drive({
      fleets,
      clients,
      rate,
      seconds,
      tag,
      pids: [bare.pid],
      write: async (title) => {
        const response = await fetch(`${bare.url}/write`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ title }),
        });
        if (!response.ok) throw new Error(`floor write: ${response.status}`);
        await response.arrayBuffer();
      },
    });
  } finally {
    await fleets.close();
  }
}

/** @param {{quick: boolean, log: (line: string) => void}} context */
export async function run({ quick, log }) {
  const seconds = Number(process.env.BENCH_FANOUT_SECONDS ?? (quick ? 2 : 10));
  // BENCH_FANOUT_CASES=300x20,1000x50 (clients × writes per second) instead of the defaults.
  const cases = process.env.BENCH_FANOUT_CASES
    ? process.env.BENCH_FANOUT_CASES.split(',').map((spec) => {
        const [clients, rate] = spec.split('x').map(Number);
        return { clients, rate };
      })
    : quick
      ? [{ clients: 50, rate: 20 }]
      : [
          { clients: 300, rate: 20 },
          { clients: 300, rate: 50 },
          { clients: 1000, rate: 20 },
          { clients: 1000, rate: 50 },
        ];
  const maxClients = Math.max(...cases.map((c) => c.clients));
  const rows = [];
  const database = await freshDatabase();
  const where = database ? 'PostgreSQL (DATABASE_URL, a fresh database)' : 'the embedded database';
  const floorNote = database
    ? 'bare socket.io + one pg INSERT'
    : 'bare socket.io, no INSERT (no DATABASE_URL)';
  let api;
  let bare;
  const single = new Map();
  try {
    api = await startApi(database ? { DATABASE_URL: database.url } : {});
    bare = await startBareServer(database?.url);
    const supervisor = await login(api.url, 'supervisor');
    const boardId = await createBoard(api.url, supervisor, 'Bench: fan-out');
    const tokens = await benchUsers(
      api.url,
      Math.ceil(maxClients / SOCKETS_PER_USER),
      `fan${Date.now() % 1e6}`,
    );
    log(`fan-out on ${where}; ${tokens.length} bench users (leaders), ${SOCKETS_PER_USER} sockets each`);
    for (const { clients, rate } of cases) {
      const label = `${clients} clients ${rate}/s ${seconds}s`;
      const processes = fleetsFor(clients);
      const ours = await measureOurs({
        apis: [api],
        tokens,
        boardId,
        writerToken: supervisor,
        clients,
        rate,
        seconds,
        tag: `ours-${clients}-${rate}`,
      });
      const floor = await measureFloor({ bare, clients, rate, seconds, tag: `floor-${clients}-${rate}` });
      single.set(`${clients}/${rate}`, ours);
      log(
        `fan-out ${label} (${processes} client process${processes > 1 ? 'es' : ''}): ours  ${describe(ours)}`,
      );
      log(`fan-out ${label}: floor ${describe(floor)}`);
      const note = `${floorNote}; ours CPU ${ours.cpuPercent.toFixed(0)}%, RSS ${ours.rssMb.toFixed(0)} MB`;
      rows.push(
        { name: `fan-out ${label}: p50`, unit: 'ms', ours: ours.p50, floor: floor.p50, note },
        { name: `fan-out ${label}: p99`, unit: 'ms', ours: ours.p99, floor: floor.p99, note },
        { name: `fan-out ${label}: lost`, unit: 'events', ours: ours.lost, floor: floor.lost },
      );
    }
    await bare.stop();
    bare = undefined;

    // Item 2: two API processes on one database, linked through Redis.
    const clusterCases = quick
      ? []
      : cases.filter(({ clients, rate }) => rate === 20 && (clients === 300 || clients === 1000));
    if (!database) log('two processes over Redis: skipped (needs DATABASE_URL)');
    else if (!(await redisAnswers(REDIS_URL)))
      log(`two processes over Redis: skipped (no Redis at ${REDIS_URL})`);
    else if (clusterCases.length === 0)
      log('two processes over Redis: skipped (--quick, or no case of 300 or 1,000 clients at 20/s)');
    else {
      await api.stop();
      api = undefined;
      const redisEnv = {
        DATABASE_URL: database.url,
        REDIS_URL,
        REDIS_KEY_PREFIX: `duban-bench-${Date.now()}:`,
      };
      const first = await startApi(redisEnv);
      let second;
      try {
        second = await startApi(redisEnv);
        const supervisorAgain = await login(first.url, 'supervisor');
        for (const { clients, rate } of clusterCases) {
          const label = `${clients} clients ${rate}/s ${seconds}s`;
          const two = await measureOurs({
            apis: [first, second],
            tokens,
            boardId,
            writerToken: supervisorAgain,
            clients,
            rate,
            seconds,
            tag: `two-${clients}-${rate}`,
          });
          const one = single.get(`${clients}/${rate}`);
          log(`two processes ${label}: ${describe(two)} (CPU and RSS summed over both)`);
          const note = 'floor = one process, same run';
          rows.push(
            { name: `two processes ${label}: p50`, unit: 'ms', ours: two.p50, floor: one.p50, note },
            { name: `two processes ${label}: p99`, unit: 'ms', ours: two.p99, floor: one.p99, note },
            { name: `two processes ${label}: lost`, unit: 'events', ours: two.lost, floor: one.lost },
          );
        }
      } finally {
        await second?.stop();
        await first.stop();
      }
    }
  } finally {
    await bare?.stop();
    await api?.stop();
    await database?.drop().catch(() => undefined);
  }
  return rows;
}
