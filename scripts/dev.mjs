#!/usr/bin/env node
// `npm run dev`: the API on :3000 (built once, embedded database unless DATABASE_URL) and Vite on :5173
// with hot reload, proxying /api and /socket.io to the API. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', 'build', '-w', '@duban/contracts', '-w', '@duban/api'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(process.execPath, ['apps/api/dist/main.js'], {
    stdio: 'inherit',
    env: { PORT: '3000', ...process.env },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit', cwd: 'apps/web' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => (stop(), (process.exitCode ||= code ?? 0)));
