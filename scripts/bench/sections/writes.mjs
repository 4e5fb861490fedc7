// Section 5, write throughput on one board: 20 concurrent writers, each PATCHing its own task's title
// through REST (authenticated, with the version it last got back) for T seconds; updates/s and p99 commit
// latency. Floor: a bare script doing the same transaction through `pg` against the same database, 20
// clients on their own tasks of one board: the board's seq bump (which row-locks the board, as
// BoardChangeService's nextSeq does), the task's update with its version check, the previous event's hash
// (the audit chain, see append-board-events.ts), the event row's insert. Target: ours ≥ 0.5× the floor's
// rate. The floor needs PostgreSQL (DATABASE_URL): with the embedded database, the server owns it.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { createBoard, login, startServer } from '../bench-support.mjs';
import { createOwnTasks, percentile } from './_support.mjs';

const WRITERS = 20;

export async function run({ quick, log }) {
  const seconds = quick ? 2 : 15;
  const server = await startServer();
  let ours;
  try {
    const token = await login(server.url, 'supervisor');
    const boardId = await createBoard(server.url, token, 'Bench: write throughput');
    const tasks = await createOwnTasks(server.url, token, boardId, WRITERS);
    ours = await writeThroughREST(server.url, token, tasks, seconds);
    log(
      `REST: ${WRITERS} writers, ${seconds} s: ${ours.count} updates, ${ours.rate.toFixed(0)}/s, ` +
        `p50 ${ours.p50.toFixed(1)} ms, p99 ${ours.p99.toFixed(1)} ms`,
    );

    let floor = null;
    if (process.env.DATABASE_URL) {
      const floorBoard = await createBoard(server.url, token, 'Bench: write throughput floor');
      const floorTasks = await createOwnTasks(server.url, token, floorBoard, WRITERS);
      floor = await writeThroughPg(process.env.DATABASE_URL, floorBoard, floorTasks, seconds);
      log(
        `bare pg: ${WRITERS} clients, ${seconds} s: ${floor.count} transactions, ${floor.rate.toFixed(0)}/s, ` +
          `p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`,
      );
    }
    const note = floor
      ? undefined
      : 'floor needs PostgreSQL (DATABASE_URL): the embedded database is the server’s';
    return [
      {
        name: `updates on one board, ${WRITERS} writers, ${seconds} s (target ≥ 0.5× floor's rate)`,
        unit: 'updates/s',
        ours: ours.rate,
        floor: floor?.rate ?? null,
        note,
      },
      {
        name: `commit latency p99, ${WRITERS} writers`,
        unit: 'ms',
        ours: ours.p99,
        floor: floor?.p99 ?? null,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Each writer PATCHes its own task's title, one request after another, until the time is up. */
async function writeThroughREST(url, token, tasks, seconds) {
  const latencies = [];
  const endAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    tasks.map(async (task, writer) => {
      let version = task.version;
      for (let n = 0; performance.now() < endAt; n += 1) {
        const sent = performance.now();
        const response = await fetch(`${url}/api/tasks/${task.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ title: `Writer ${writer} update ${n}`, version }),
        });
        if (!response.ok)
          throw new Error(`PATCH /tasks/${task.id}: ${response.status} ${await response.text()}`);
        version = (await response.json()).version;
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return summary(latencies, performance.now() - started);
}

/** The same transaction as BoardChangeService.apply + TasksService.update, in bare SQL. */
async function writeThroughPg(databaseUrl, boardId, tasks, seconds) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WRITERS });
  const latencies = [];
  try {
    const endAt = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      tasks.map(async (task, writer) => {
        const client = await pool.connect();
        try {
          let version = task.version;
          for (let n = 0; performance.now() < endAt; n += 1) {
            const sent = performance.now();
            await client.query('BEGIN');
            const {
              rows: [{ seq }],
            } = await client.query(
              'UPDATE "boards" SET "seq" = "seq" + 1 WHERE "id" = $1 RETURNING "seq", "archivedAt"',
              [boardId],
            );
            const {
              rows: [row],
            } = await client.query(
              `UPDATE "tasks" SET "title" = $2, "version" = "version" + 1, "updatedAt" = now()
               WHERE "id" = $1 AND "version" = $3 RETURNING *`,
              [task.id, `Floor writer ${writer} update ${n}`, version],
            );
            if (!row) throw new Error(`the floor's task ${task.id} lost its version`);
            version = row.version;
            const previous = await client.query(
              'SELECT "hash" FROM "board_events" WHERE "boardId" = $1 AND "seq" < $2 ORDER BY "seq" DESC LIMIT 1',
              [boardId, seq],
            );
            const prevHash = previous.rows[0]?.hash ?? '0'.repeat(64);
            const at = new Date();
            const changes = [{ field: 'title', from: task.title, to: row.title }];
            const hash = createHash('sha256')
              .update(`${prevHash}\n${JSON.stringify({ boardId, seq, at, data: row, changes })}`)
              .digest('hex');
            await client.query(
              `INSERT INTO "board_events" ("boardId", "seq", "type", "actorId", "at", "data", "changes", "prevHash", "hash")
               VALUES ($1, $2, 'task.updated', $3, $4, $5, $6, $7, $8)`,
              [
                boardId,
                seq,
                row.createdById,
                at,
                JSON.stringify(row),
                JSON.stringify(changes),
                prevHash,
                hash,
              ],
            );
            await client.query('COMMIT');
            latencies.push(performance.now() - sent);
          }
        } finally {
          client.release();
        }
      }),
    );
    return summary(latencies, performance.now() - started);
  } finally {
    await pool.end();
  }
}

function summary(latencies, elapsedMs) {
  return {
    count: latencies.length,
    rate: latencies.length / (elapsedMs / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}
