// Section 6, the scheduler's light pass: a board of N open tasks due in 30 days (green under the default 7
// due-soon days) has its due-soon days set to 60, which makes LightsService.refreshBoard turn every light
// yellow; measured from the PATCH to the last task.light_changed event received on a socket joined to the
// board. Floor: one bulk UPDATE of the same rows' light column through `pg` (median of 3, turning them back
// and forth). Target: the pass within 3× the floor. Today each light is its own transaction and event, so
// the target is missed by far: this reports it (changing the event model is another change's work).
import { PROTOCOL_VERSION } from '@duban/contracts';
import pg from 'pg';
import { io } from 'socket.io-client';
import { createBoard, login, median, patch, startServer } from '../bench-support.mjs';
import { createOwnTasks } from './_support.mjs';

export async function run({ quick, log }) {
  const count = quick ? 50 : 1000;
  const server = await startServer();
  try {
    const token = await login(server.url, 'supervisor');
    const boardId = await createBoard(server.url, token, 'Bench: light pass');
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await createOwnTasks(server.url, token, boardId, count, () => ({ deadline, status: 'todo' }));

    const pass = await lightPass(server.url, token, boardId, count, quick ? 60_000 : 300_000);
    log(
      `due-soon 7 → 60 days on ${count} tasks: ${pass.events} light events in ${pass.ms.toFixed(0)} ms ` +
        `(${(pass.ms / Math.max(pass.events, 1)).toFixed(2)} ms per task)`,
    );
    if (pass.events !== count)
      log(`only ${pass.events} of ${count} light events arrived before the time limit`);

    let floor = null;
    if (process.env.DATABASE_URL) {
      floor = await bulkUpdate(process.env.DATABASE_URL, boardId);
      log(`bare pg: one UPDATE of ${floor.rows} tasks' light: ${floor.ms.toFixed(1)} ms (median of 3)`);
    }
    const note = floor
      ? undefined
      : 'floor needs PostgreSQL (DATABASE_URL): the embedded database is the server’s';
    return [
      {
        name: `light pass, ${count} tasks turned yellow, to the last event on a socket (target ≤ 3× floor)`,
        unit: 'ms',
        ours: pass.ms,
        floor: floor?.ms ?? null,
        note,
      },
      {
        name: `light pass per task (${pass.events} events)`,
        unit: 'ms',
        ours: pass.ms / Math.max(pass.events, 1),
        floor: floor ? floor.ms / floor.rows : null,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** PATCHes the due-soon days and waits until `count` light events arrived (or `limitMs` passed). */
async function lightPass(url, token, boardId, count, limitMs) {
  const socket = io(url, { auth: { token, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
  try {
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = await socket.emitWithAck('board:join', { boardId });
    if (!joined.ok) throw new Error(`could not join the board: ${joined.error.message}`);
    let events = 0;
    let lastAt = 0;
    let allArrived;
    const arrived = new Promise((resolve) => (allArrived = resolve));
    socket.on('board:event', (event) => {
      if (event.type !== 'task.light_changed') return;
      events += 1;
      lastAt = performance.now();
      if (events >= count) allArrived();
    });
    const started = performance.now();
    await patch(url, token, `/boards/${boardId}`, { settings: { dueSoonDays: 60 } });
    let timer;
    await Promise.race([arrived, new Promise((resolve) => (timer = setTimeout(resolve, limitMs)))]);
    clearTimeout(timer);
    return { events, ms: (events > 0 ? lastAt : performance.now()) - started };
  } finally {
    socket.close();
  }
}

/** One UPDATE of the board's tasks' light, three times (green, yellow, green): the median. */
async function bulkUpdate(databaseUrl, boardId) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const samples = [];
    let rows = 0;
    for (const light of ['green', 'yellow', 'green']) {
      const started = performance.now();
      const result = await client.query('UPDATE "tasks" SET "light" = $2 WHERE "boardId" = $1', [
        boardId,
        light,
      ]);
      samples.push(performance.now() - started);
      rows = result.rowCount;
    }
    return { ms: median(samples), rows };
  } finally {
    await client.end();
  }
}
