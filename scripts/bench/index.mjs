#!/usr/bin/env node
// `npm run bench` (after the build): every hot path against its floor, measured in the same run, so a ratio
// means the same on any machine. Runs board-5000.mjs (its lines passed through), then every module in
// sections/ in name order; prints one table (section, measure, ours, floor, ratio) and writes
// bench/results/<date>.json; `--only=a,b` runs just those. `--quick`: everything small, to keep the harness alive in CI (no thresholds:
// only a crash fails it). With DATABASE_URL the run gets a fresh database on that server (dropped after),
// so it never touches the data there and the demo users exist; without it, each server embeds its own.
//
// A section is `sections/<name>.mjs` exporting
//   run({quick, log}) => Promise<Array<{name, unit, ours, floor, note?}>>
// A unit ending in "/s" is a rate (higher is better): its ratio is floor/ours, so for every row a ratio
// above 1 means "that many times worse than the floor".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const quick = process.argv.includes('--quick');
// `--only=writes,lights`: just those sections (board-5000 is one: "board-5000").
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (section) => !only || only.includes(section);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const startedAt = new Date();
const log = (line) => console.log(line);

/** @type {Array<{section: string, name: string, unit: string, ours: number|null, floor: number|null, ratio: number|null, note?: string, failed?: boolean}>} */
const rows = [];

const database = await freshDatabase();
try {
  if (wanted('board-5000')) await runBoard5000();
  const sectionsDir = join(here, 'sections');
  const sections = existsSync(sectionsDir)
    ? readdirSync(sectionsDir)
        .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
        .filter((file) => wanted(file.replace(/\.mjs$/, '')))
        .sort()
    : [];
  for (const file of sections) {
    const section = file.replace(/\.mjs$/, '');
    log(`\n== ${section}${quick ? ' (quick)' : ''}`);
    const started = performance.now();
    try {
      const module = await import(pathToFileURL(join(sectionsDir, file)).href);
      const results = await module.run({ quick, log: (line) => log(`[${section}] ${line}`) });
      for (const row of results) rows.push({ section, ...row, ratio: ratioOf(row) });
    } catch (error) {
      log(`[${section}] FAILED: ${error?.stack ?? error}`);
      rows.push({
        section,
        name: 'FAILED',
        unit: '',
        ours: null,
        floor: null,
        ratio: null,
        failed: true,
        note: String(error?.message ?? error),
      });
    }
    log(`[${section}] ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await database.drop();
}

printTable();
const file = writeResults();
log(`\nwritten ${file}`);
// Slowness never fails the run; a section that crashed does (CI keeps the harness alive with this).
process.exit(rows.some((row) => row.failed) ? 1 : 0);

/** Rates (units ending in "/s") compare floor/ours, everything else ours/floor: above 1 is worse. */
function ratioOf({ unit, ours, floor }) {
  if (typeof ours !== 'number' || typeof floor !== 'number' || ours <= 0 || floor <= 0) return null;
  return isRate(unit) ? floor / ours : ours / floor;
}

function isRate(unit) {
  return /\/s$/.test(unit ?? '');
}

/** board-5000.mjs as a child process, its output passed through (and kept for the results file). */
async function runBoard5000() {
  log(`== board-5000${quick ? ' (quick)' : ''}`);
  const env = quick
    ? {
        ...process.env,
        BENCH_TASKS: '100',
        BENCH_STATS_BOARDS: '1',
        BENCH_STATS_BOARD_TASKS: '20',
        BENCH_SKIP_BROWSER: '1',
      }
    : process.env;
  const started = performance.now();
  const lines = [];
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(here, 'board-5000.mjs')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop();
      lines.push(...parts.filter((line) => line.trim() !== ''));
    });
    child.on('exit', (exitCode) => {
      if (pending.trim() !== '') lines.push(pending);
      resolve(exitCode);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  log(`[board-5000] ${seconds.toFixed(1)} s`);
  // Its lines carry their own ratios; they go to the results file as they are.
  rows.push({
    section: 'board-5000',
    name: code === 0 ? 'completed (its lines above carry their floors and ratios)' : `FAILED (exit ${code})`,
    unit: 's',
    ours: seconds,
    floor: null,
    ratio: null,
    lines,
    ...(code === 0 ? {} : { failed: true }),
  });
  for (const line of lines) {
    const row = board5000Row(line);
    if (row) rows.push({ section: 'board-5000', ...row });
  }
}

/**
 * A board-5000 line that carries a ratio, as a row: "<what> (ms): empty A, N tasks B, ratio Rx" (the
 * floor is the empty board) or "<what>: X ms; <floor> Y ms; ratio Rx".
 */
function board5000Row(line) {
  const againstEmpty = /^(.*?) \((\w+)\): empty ([\d.]+), (\d+) tasks ([\d.]+), ratio [\d.]+x/.exec(line);
  if (againstEmpty) {
    const [, what, unit, floor, tasks, ours] = againstEmpty;
    const row = { name: `${what}, ${tasks} tasks vs empty`, unit, ours: Number(ours), floor: Number(floor) };
    return { ...row, ratio: ratioOf(row) };
  }
  const againstFloor = /^(.*?): ([\d.]+) ms; (.*?) ([\d.]+) ms; ratio [\d.]+x/.exec(line);
  if (againstFloor) {
    const [, what, ours, floorName, floor] = againstFloor;
    const row = {
      name: what,
      unit: 'ms',
      ours: Number(ours),
      floor: Number(floor),
      note: `floor: ${floorName}`,
    };
    return { ...row, ratio: ratioOf(row) };
  }
  return null;
}

/** With DATABASE_URL: a new database on the same server for this run; without: nothing (embedded). */
async function freshDatabase() {
  const url = process.env.DATABASE_URL;
  if (!url) return { label: 'embedded PostgreSQL (one per server process)', drop: async () => {} };
  const name = `duban_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const benchUrl = new URL(url);
  benchUrl.pathname = `/${name}`;
  process.env.DATABASE_URL = benchUrl.toString();
  return {
    label: `PostgreSQL at ${benchUrl.host} (fresh database ${name}, dropped after)`,
    drop: async () => {
      process.env.DATABASE_URL = url;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

function format(value) {
  if (value === null || value === undefined) return '—';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function printTable() {
  const header = ['section', 'measure', 'unit', 'ours', 'floor', 'ratio'];
  const table = rows.map((row) => [
    row.section,
    row.name,
    row.unit ? `${row.unit}${isRate(row.unit) ? ' (ratio floor/ours)' : ''}` : '',
    format(row.ours),
    format(row.floor),
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}x`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...table.map((cells) => cells[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  log(`\n${line(header)}`);
  log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of table) log(line(cells));
  for (const row of rows.filter((r) => r.note)) log(`  ${row.section} / ${row.name}: ${row.note}`);
  log(
    `\nratio: ours/floor, or floor/ours for rates (units ending in /s): above 1 is that many times worse. ` +
      `database: ${database.label}; ${quick ? 'quick run' : 'full run'}.`,
  );
}

function writeResults() {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const day = startedAt.toISOString().slice(0, 10);
  // A quick or partial run says so in its name, so it is not taken for a full one.
  const kind = `${quick ? '-quick' : ''}${only ? `-only-${only.join('-')}` : ''}`;
  let file = join(dir, `${day}${kind}.json`);
  if (existsSync(file)) {
    const time = startedAt.toISOString().slice(11, 16).replace(':', '');
    file = join(dir, `${day}${kind}-${time}.json`);
  }
  const cpus = os.cpus();
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        quick,
        sections: only ?? 'all',
        database: database.label,
        machine: {
          cpus: cpus.length,
          model: cpus[0]?.model ?? 'unknown',
          totalMemoryBytes: os.totalmem(),
          node: process.version,
          platform: `${os.platform()} ${os.release()}`,
          loadAverage: os.loadavg(),
        },
        ratio: 'ours/floor; floor/ours for rates (units ending in /s); above 1 is worse',
        rows,
      },
      null,
      2,
    )}\n`,
  );
  return file;
}
