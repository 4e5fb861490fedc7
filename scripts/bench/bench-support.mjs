import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The built API (apps/api/dist/main.js) with the demo workspace and `env` on top of this process's.
 * BENCH_API_NODE_ARGS adds node options to it, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (written when
 * it stops).
 */
export async function startApi(env = {}) {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'apps/api/dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'duban-bench-')),
      DEMO: '1',
      JWT_SECRET: 'bench',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 480; attempt += 1) {
    if (child.exitCode !== null) break;
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy)
      return {
        url,
        pid: child.pid,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the API did not start');
}

/** The built app with the demo workspace (on DATABASE_URL if set, else its own embedded database). */
export const startServer = () => startApi();

async function send(method, url, token, path, body) {
  const response = await fetch(`${url}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const post = (url, token, path, body) => send('POST', url, token, path, body);
export const patch = (url, token, path, body) => send('PATCH', url, token, path, body);

export async function login(url, username) {
  return (await post(url, null, '/auth/login', { username, password: 'duban-demo' })).accessToken;
}

export async function createBoard(url, token, title) {
  return (await post(url, token, '/boards', { title })).id;
}

const STATUSES = ['todo', 'in_progress', 'in_review', 'done'];

/** The workspace's departments' ids (the demo's), to lead and cooperate on bench tasks. */
export async function departmentIds(url, token) {
  const response = await fetch(`${url}/api/departments`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`/departments: ${response.status}`);
  return (await response.json()).map((department) => department.id);
}

/**
 * `count` tasks spread over the four statuses and nine months of deadlines; with `departments`, each is led
 * by one of them (in turn) with the next one cooperating, as the statistics count them.
 */
export async function createTasks(url, token, boardId, count, { batch = 50, departments = [] } = {}) {
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, offset) => {
        const index = start + offset;
        const lead = departments.length > 0 ? departments[index % departments.length] : undefined;
        const cooperating =
          departments.length > 1 ? [departments[(index + 1) % departments.length]] : undefined;
        return post(url, token, `/boards/${boardId}/tasks`, {
          leadDepartmentId: lead,
          cooperatingDepartmentIds: cooperating,
          title: `Bench task ${index}`,
          status: STATUSES[index % STATUSES.length],
          deadline: `2027-0${1 + (index % 9)}-1${index % 10}`,
          progress: index % 101,
          // Awaiting verification needs a result (the supervision workflow's rule).
          result: 'Reported as planned',
        });
      }),
    );
  }
}
