// What the socket sections of `npm run bench` (fanout, capacity) share: API processes with their own
// environment (a fresh PostgreSQL database, Redis), bench users (the API caps sockets per user), forked
// client fleets (socket-fleet.mjs), the bare socket.io floor (bare-socket-server.mjs), and a process's CPU
// and RSS from /proc.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { login, startApi } from './bench-support.mjs';

export { startApi };

const here = new URL('.', import.meta.url).pathname;

/** A new, empty database on the PostgreSQL at DATABASE_URL (null without one); `drop` removes it. */
export async function freshDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return null;
  const name = `duban_bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Is Redis answering at `url` (a PING over a bare TCP socket)? */
export async function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(Number(port || 6379), hostname);
    const done = (answer) => (socket.destroy(), resolve(answer));
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * `count` leaders (who see every unrestricted board) created by the administrator, signed in: one token
 * each. The API refuses a 21st socket of one user on one process, so the benches spread clients 10 a user.
 */
export async function benchUsers(url, count, tag = 'bench') {
  const admin = await login(url, 'admin');
  const tokens = [];
  const parallel = 8;
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, offset) => start + offset);
    tokens.push(
      ...(await Promise.all(
        batch.map(async (index) => {
          const username = `${tag}-${index}`;
          const response = await fetch(`${url}/api/users`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
            body: JSON.stringify({ username, password: 'duban-demo', displayName: username, role: 'leader' }),
          });
          if (!response.ok) throw new Error(`POST /users: ${response.status} ${await response.text()}`);
          return login(url, username);
        }),
      )),
    );
  }
  return tokens;
}

/** Sockets per bench user (the API's cap is 20 per user per process). */
export const SOCKETS_PER_USER = 10;

/** A forked client process (socket-fleet.mjs); `ask` sends a message and resolves with the reply. */
export async function forkFleet() {
  const child = fork(join(here, 'socket-fleet.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = [];
  const waiting = [];
  child.on('message', (message) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else replies.push(message);
  });
  const next = () =>
    replies.length > 0 ? Promise.resolve(replies.shift()) : new Promise((resolve) => waiting.push(resolve));
  await next(); // ready
  return {
    ask: (message) => (child.send(message), next()),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** `clients` spread over `processes` fleets, round-robin. */
export async function startFleets(clients, processes, event, parallel = 50) {
  const fleets = await Promise.all(Array.from({ length: processes }, () => forkFleet()));
  const shares = fleets.map(() => []);
  clients.forEach((client, index) => shares[index % processes].push(client));
  const started = performance.now();
  const replies = await Promise.all(
    fleets.map((fleet, index) => fleet.ask({ type: 'connect', clients: shares[index], event, parallel })),
  );
  const failed = replies.reduce((sum, reply) => sum + reply.failed, 0);
  if (failed > 0)
    throw new Error(`${failed} sockets could not connect: ${replies.find((r) => r.failed).firstError}`);
  return {
    connectMs: performance.now() - started,
    join: async (event, payload) => {
      const startedJoin = performance.now();
      const joined = await Promise.all(
        fleets.map((fleet) => fleet.ask({ type: 'join', event, payload, parallel })),
      );
      const joinFailed = joined.reduce((sum, reply) => sum + reply.failed, 0);
      if (joinFailed > 0)
        throw new Error(`${joinFailed} sockets could not join: ${joined.find((r) => r.failed).firstError}`);
      return performance.now() - startedJoin;
    },
    /** Every client's receipt times by event key, merged over the fleets (and cleared there). */
    collect: async () => {
      const merged = new Map();
      for (const fleet of fleets) {
        const { receipts } = await fleet.ask({ type: 'collect' });
        for (const [key, times] of receipts) merged.set(key, [...(merged.get(key) ?? []), ...times]);
      }
      return merged;
    },
    close: () => Promise.all(fleets.map((fleet) => fleet.close())),
  };
}

/** The bare socket.io floor (bare-socket-server.mjs), with DATABASE_URL = `databaseUrl` (or none). */
export async function startBareServer(databaseUrl) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = fork(join(here, 'bare-socket-server.mjs'), [], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', () => reject(new Error('the bare socket.io server did not start')));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.send({ type: 'stop' });
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** A process's CPU time (user + system, ms) and resident set (bytes), from /proc. */
export function processStats(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  return { cpuMs, rss };
}

/** The value at `fraction` (0–1) of the sorted `values`. */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}
