// `npm run bench`, issue 13 item 3: capacity. S authenticated sockets on one API process (spread over bench
// users, 10 sockets each, and over forked client processes), first idle, then all joined to one board: the
// server's RSS per socket (its RSS delta / S), the time to connect them all and to join them all, and the
// event loop's lag, sampled from outside as /api/health round trips while they connect and join. Floor, in
// the same run: a bare socket.io server (bare-socket-server.mjs) holding the same number of sockets and
// joining them to one room, measured the same way. Each size starts a fresh server process (the API on the
// same data each time), so the RSS deltas do not share a heap. The clients speak this build's
// PROTOCOL_VERSION (socket-fleet.mjs): since version 2 each gets the board's whole presence once, on its
// join, and `presence:delta`s after; they receive presence but count nothing of it (the cost measured is
// the server's, and the join time).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBoard, login, median } from '../bench-support.mjs';
import {
  SOCKETS_PER_USER,
  benchUsers,
  freshDatabase,
  percentile,
  processStats,
  startApi,
  startBareServer,
  startFleets,
} from '../socket-bench-support.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Health round trips, one after another (20 ms apart), until stopped: the server's responsiveness. */
function sampleHealth(url) {
  const samples = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(url).then(
        (response) => response.arrayBuffer(),
        () => undefined,
      );
      samples.push(performance.now() - started);
      await sleep(20);
    }
  })();
  return async () => {
    running = false;
    await done;
    return samples.sort((a, b) => a - b);
  };
}

/** Settled RSS: the median of five readings 200 ms apart. */
async function rssOf(pid) {
  const readings = [];
  for (let reading = 0; reading < 5; reading += 1) {
    readings.push(processStats(pid).rss);
    await sleep(200);
  }
  return median(readings);
}

/** Holds `sockets` (url, token) on the server `pid`, idle and then joined; the figures. */
async function measure({ pid, healthUrl, sockets, event, joinEvent, joinPayload }) {
  await sleep(500);
  const baseline = await rssOf(pid);
  const processes = Math.min(4, Math.ceil(sockets.length / 1000));
  const stopConnectSampler = sampleHealth(healthUrl);
  const fleets = await startFleets(sockets, processes, event);
  try {
    const connectLag = await stopConnectSampler();
    const idle = await rssOf(pid);
    const stopJoinSampler = sampleHealth(healthUrl);
    const joinMs = await fleets.join(joinEvent, joinPayload);
    const joinLag = await stopJoinSampler();
    await sleep(500); // the last coalesced presence flush
    const joined = await rssOf(pid);
    return {
      processes,
      connectMs: fleets.connectMs,
      joinMs,
      idleBytes: (idle - baseline) / sockets.length,
      joinedBytes: (joined - baseline) / sockets.length,
      connectLagP99: percentile(connectLag, 0.99),
      joinLagP50: percentile(joinLag, 0.5),
      joinLagP99: percentile(joinLag, 0.99),
      joinLagMax: joinLag.at(-1) ?? NaN,
    };
  } finally {
    await fleets.close();
  }
}

const describe = (figures, size) =>
  `connect ${(figures.connectMs / 1000).toFixed(1)} s, join ${(figures.joinMs / 1000).toFixed(1)} s, ` +
  `${(figures.idleBytes / 1024).toFixed(1)} KB per idle socket, ${(figures.joinedBytes / 1024).toFixed(1)} KB ` +
  `joined; health round trip p99 ${figures.connectLagP99.toFixed(0)} ms while connecting, p50/p99/max ` +
  `${figures.joinLagP50.toFixed(0)}/${figures.joinLagP99.toFixed(0)}/${figures.joinLagMax.toFixed(0)} ms ` +
  `while joining (${size} sockets, ${figures.processes} client process${figures.processes > 1 ? 'es' : ''})`;

/** @param {{quick: boolean, log: (line: string) => void}} context */
export async function run({ quick, log }) {
  const sizes = (process.env.BENCH_CAPACITY_SIZES ?? (quick ? '100' : '1000,2000')).split(',').map(Number);
  const largest = Math.max(...sizes);
  const database = await freshDatabase();
  const env = database
    ? { DATABASE_URL: database.url }
    : { DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-bench-')) };
  const rows = [];
  try {
    // Users and the board once, on the data every size's fresh API process then opens.
    let api = await startApi(env);
    let tokens;
    let boardId;
    try {
      const started = performance.now();
      boardId = await createBoard(api.url, await login(api.url, 'supervisor'), 'Bench: capacity');
      tokens = await benchUsers(api.url, Math.ceil(largest / SOCKETS_PER_USER), `cap${Date.now() % 1e6}`);
      log(
        `capacity on ${database ? 'PostgreSQL (DATABASE_URL)' : 'the embedded database'}: ${tokens.length} bench ` +
          `users (leaders) created and signed in, ${SOCKETS_PER_USER} sockets each, in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      await api.stop();
    }
    for (const size of sizes) {
      api = await startApi(env);
      let ours;
      try {
        ours = await measure({
          pid: api.pid,
          healthUrl: `${api.url}/api/health`,
          sockets: Array.from({ length: size }, (_, index) => ({
            url: api.url,
            token: tokens[Math.floor(index / SOCKETS_PER_USER)],
          })),
          event: 'board:event',
          joinEvent: 'board:join',
          joinPayload: { boardId },
        });
      } finally {
        await api.stop();
      }
      const bare = await startBareServer(null);
      let floor;
      try {
        floor = await measure({
          pid: bare.pid,
          healthUrl: `${bare.url}/health`,
          sockets: Array.from({ length: size }, () => ({ url: bare.url })),
          event: 'tick',
          joinEvent: 'join',
          joinPayload: {},
        });
      } finally {
        await bare.stop();
      }
      log(`capacity ours:  ${describe(ours, size)}`);
      log(`capacity floor: ${describe(floor, size)}`);
      const label = `capacity ${size} sockets`;
      rows.push(
        {
          name: `${label}: KB per idle socket`,
          unit: 'KB',
          ours: ours.idleBytes / 1024,
          floor: floor.idleBytes / 1024,
          note: 'target ≤ 1.5×',
        },
        {
          name: `${label}: KB per joined socket`,
          unit: 'KB',
          ours: ours.joinedBytes / 1024,
          floor: floor.joinedBytes / 1024,
        },
        { name: `${label}: connect all`, unit: 'ms', ours: ours.connectMs, floor: floor.connectMs },
        {
          name: `${label}: join all`,
          unit: 'ms',
          ours: ours.joinMs,
          floor: floor.joinMs,
          note: 'target ≤ 2×',
        },
        {
          name: `${label}: health round trip p99 while joining`,
          unit: 'ms',
          ours: ours.joinLagP99,
          floor: floor.joinLagP99,
        },
      );
    }
  } finally {
    await database?.drop().catch(() => undefined);
  }
  return rows;
}
