// The floor for the socket benches: a bare socket.io server (the same version as the API's) on a bare
// node:http server. POST /write does one `pg` INSERT (when DATABASE_URL is set) and broadcasts the row to
// the room; a socket's `join` joins the one room; GET /health answers at once. Started by
// socket-bench-support.mjs with fork; it reports its port over IPC.
import { createServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';

const pool = process.env.DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
  : null;
if (pool)
  await pool.query(
    `CREATE TABLE IF NOT EXISTS bench_floor_events (
       seq bigserial PRIMARY KEY, key text NOT NULL, data jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
  );

let seq = 0;
const http = createServer((request, response) => {
  if (request.url === '/health') {
    response.end('{"status":"ok"}');
    return;
  }
  if (request.method !== 'POST' || request.url !== '/write') {
    response.statusCode = 404;
    response.end();
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    try {
      const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const event = pool
        ? (
            await pool.query(
              'INSERT INTO bench_floor_events (key, data) VALUES ($1, $2) RETURNING seq, key, data, at',
              [data.title, data],
            )
          ).rows[0]
        : { seq: ++seq, key: data.title, data, at: new Date() };
      io.to('board').emit('tick', { seq: Number(event.seq), key: event.key, data: event.data, at: event.at });
      response.setHeader('Content-Type', 'application/json');
      response.end(JSON.stringify({ seq: Number(event.seq) }));
    } catch (error) {
      response.statusCode = 500;
      response.end(String(error));
    }
  });
});
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (_payload, ack) => {
    void socket.join('board');
    ack?.({ ok: true });
  });
});
http.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: http.address().port }));
process.on('message', async (message) => {
  if (message.type === 'stop') {
    io.close();
    await pool?.end();
    process.exit(0);
  }
});
