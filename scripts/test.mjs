#!/usr/bin/env node
// `npm test`: builds the app, then runs the memory specs (in a Jest process of their own), then unit,
// integration and system tests always, and browser tests whenever a Chromium is found.
// Integration tests use the PostgreSQL at DATABASE_URL (a fresh database per test file) or, without it,
// an in-memory embedded PostgreSQL. Ends with one line: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
const projects = ['unit', 'web', 'integration', 'system'];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function shout(lines) {
  const bar = '!'.repeat(78);
  console.log(`\n${bar}\n${lines.map((line) => `!! ${line}`).join('\n')}\n${bar}\n`);
}

// System and browser tests run the built server and web client.
if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

if (chromium) {
  console.log(`Browser tests will run in ${chromium}.`);
  projects.push('browser');
} else {
  shout([
    'BROWSER TESTS NOT RUN: no Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium).',
    'Install it with `apt-get install -y chromium` to run them. CI installs it and always runs them.',
  ]);
}

// Several API processes need a PostgreSQL server (the embedded one serves one process) and Redis.
const redisUrl = new URL(process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379');
const redisAnswers = await new Promise((resolve) => {
  const probe = createConnection({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
  probe.setTimeout(2000);
  probe.once('connect', () => probe.write('PING\r\n'));
  probe.once('data', (reply) => {
    probe.destroy();
    resolve(reply.toString().startsWith('+PONG'));
  });
  probe.once('timeout', () => (probe.destroy(), resolve(false)));
  probe.once('error', () => resolve(false));
});
const clusterReady = Boolean(process.env.DATABASE_URL) && redisAnswers;
if (clusterReady) {
  console.log(`Two-process tests will run on Redis at ${redisUrl.host}.`);
  projects.push('cluster');
} else {
  shout([
    'TWO-PROCESS (REDIS) TESTS NOT RUN: they need DATABASE_URL (a PostgreSQL server) and Redis at',
    `${redisUrl.host} (REDIS_TEST_URL). CI has both and always runs them.`,
  ]);
}

const resultsFolder = mkdtempSync(join(tmpdir(), 'duban-jest-'));
let passed = 0;
let failed = 0;

/** One Jest process over `selected`; adds its counts to the totals, and a failed run without results as one. */
function runJest(name, selected, extraArgs = []) {
  const resultsFile = join(resultsFolder, `${name}.json`);
  const jestArgs = ['jest', '--selectProjects', ...selected, '--json', `--outputFile=${resultsFile}`];
  const status = run('npx', [...jestArgs, ...extraArgs, ...process.argv.slice(2)], {
    // PGlite loads its WebAssembly with a dynamic import(), which Jest's VM allows only with this flag.
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim(),
  });
  if (!existsSync(resultsFile)) {
    if (status !== 0) failed += 1;
    return;
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
  if (status !== 0 && results.numFailedTests + results.numRuntimeErrorTestSuites === 0) failed += 1;
  if (results.numPendingTests + results.numTodoTests > 0) {
    shout([
      `${results.numPendingTests + results.numTodoTests} tests were skipped: a skipped test proves nothing.`,
    ]);
    failed += results.numPendingTests + results.numTodoTests;
  }
}

// The memory specs first, in a process of their own (see jest.config.js), then everything else.
runJest('memory', ['memory'], ['--passWithNoTests']);
runJest('main', projects);

if (!chromium) {
  shout(['Reminder: browser tests were NOT run (no Chromium).']);
  if (process.env.CI) failed += 1;
}
if (!clusterReady) {
  shout(['Reminder: two-process (Redis) tests were NOT run.']);
  if (process.env.CI) failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
