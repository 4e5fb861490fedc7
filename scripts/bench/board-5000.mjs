#!/usr/bin/env node
/* global document, getComputedStyle, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// `npm run bench`: how the board copes with 5,000 tasks, measured against the same board empty (the floor)
// in the same run, on the built app; the leaders' statistics on that board as a ratio to its snapshot, and
// `GET /api/stats` over 20 boards of 500 tasks (the dashboard's "under a second"). Prints absolute numbers
// and ratios; sets no pass/fail thresholds. BENCH_SKIP_BROWSER=1 leaves out the browser measurements.
import { PROTOCOL_VERSION } from '@duban/contracts';
import { readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { io } from 'socket.io-client';
import {
  startServer,
  login,
  createBoard,
  createTasks,
  departmentIds,
  median,
  patch,
} from './bench-support.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 5000);
const RUNS = 3;
/** Rounds of the snapshot against its floor (item 4): each round reads it every way once. */
const SNAPSHOT_ROUNDS = 7;
const STATS_BOARDS = Number(process.env.BENCH_STATS_BOARDS ?? 20);
const STATS_BOARD_TASKS = Number(process.env.BENCH_STATS_BOARD_TASKS ?? 500);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const server = await startServer();
try {
  const token = await login(server.url, 'supervisor');
  const departments = await departmentIds(server.url, token);

  /** The median time of RUNS GETs of `path` (under /api), the body read. */
  const getMs = async (path) => {
    const samples = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api${path}`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      await response.json();
      samples.push(performance.now() - started);
    }
    return median(samples);
  };

  // The dashboard across boards, before the 5,000-task board exists: every board the supervisor sees is
  // one of these (and the demo workspace's few).
  let seeding = Date.now();
  for (let board = 0; board < STATS_BOARDS; board += 1) {
    const boardId = await createBoard(server.url, token, `Bench: stats board ${board + 1}`);
    await createTasks(server.url, token, boardId, STATS_BOARD_TASKS, { departments });
  }
  console.log(
    `seeded ${STATS_BOARDS} boards × ${STATS_BOARD_TASKS} tasks through the API in ` +
      `${((Date.now() - seeding) / 1000).toFixed(1)} s`,
  );
  console.log(
    `GET /api/stats over ${STATS_BOARDS} boards × ${STATS_BOARD_TASKS} tasks (and the demo's boards), ` +
      `${departments.length} departments leading: ${(await getMs('/stats')).toFixed(1)} ms (median of ${RUNS})`,
  );
  // "Waiting for me" for the same supervisor: what awaits verification and the longest unsigned, every task
  // of every board they see read and sorted (the dashboard opens it beside the figures).
  console.log(
    `GET /api/me/waiting over ${STATS_BOARDS} boards × ${STATS_BOARD_TASKS} tasks (a supervisor): ` +
      `${(await getMs('/me/waiting')).toFixed(1)} ms (median of ${RUNS})`,
  );
  // The history charts over the same boards: every board's log replayed (the last 30 days; this year).
  const yearStart = `${new Date().getFullYear()}-01-01`;
  console.log(
    `GET /api/stats/trend over ${STATS_BOARDS} boards × ${STATS_BOARD_TASKS} tasks: 30 days ` +
      `${(await getMs('/stats/trend')).toFixed(1)} ms, this year ` +
      `${(await getMs(`/stats/trend?from=${yearStart}`)).toFixed(1)} ms (median of ${RUNS})`,
  );

  // Every board the supervisor sees as one file (GET /api/export.xlsx and .csv, issue 11's cross-board
  // export): time to the headers (the rows are counted first: one COUNT without filters, a pass over the
  // tasks with one, here a search every task matches), to the last byte, the size, and the server's
  // resident memory at its highest meanwhile, against before (sampled every 20 ms).
  for (const path of [
    '/export.xlsx?lang=zh-CN',
    '/export.csv?lang=zh-CN',
    '/export.xlsx?lang=zh-CN&q=bench',
  ]) {
    const file = await measureDownload(server, token, path);
    console.log(
      `GET /api${path} over ${STATS_BOARDS} boards × ${STATS_BOARD_TASKS} tasks (and the demo's): ` +
        `${file.rows} rows, headers after ${file.headersMs.toFixed(0)} ms, whole after ${file.ms.toFixed(0)} ms, ` +
        `${(file.bytes / 1024).toFixed(0)} KB, server RSS ${file.rssBeforeMb.toFixed(0)} → peak ` +
        `${file.rssPeakMb.toFixed(0)} MB`,
    );
  }

  const empty = await createBoard(server.url, token, 'Bench: empty board');
  const full = await createBoard(server.url, token, `Bench: ${TASKS} tasks`);
  seeding = Date.now();
  await createTasks(server.url, token, full, TASKS, { departments });
  console.log(`seeded ${TASKS} tasks through the API in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);

  const snapshotFull = await getMs(`/boards/${full}`);
  report('GET /api/boards/:id snapshot (ms)', await getMs(`/boards/${empty}`), snapshotFull);
  await snapshotAgainstFloor(server, token, full);
  const statsFull = await getMs(`/boards/${full}/stats`);
  report('GET /api/boards/:id/stats (ms)', await getMs(`/boards/${empty}/stats`), statsFull);
  console.log(
    `stats ÷ snapshot on the ${TASKS}-task board: ${(statsFull / snapshotFull).toFixed(2)}x ` +
      `(${statsFull.toFixed(1)} ms vs ${snapshotFull.toFixed(1)} ms)`,
  );
  const trendFull = await getMs(`/boards/${full}/stats/trend`);
  report(
    'GET /api/boards/:id/stats/trend, 30 days (ms)',
    await getMs(`/boards/${empty}/stats/trend`),
    trendFull,
  );
  const trendYear = await getMs(`/boards/${full}/stats/trend?from=${yearStart}`);
  console.log(
    `trend ÷ snapshot on the ${TASKS}-task board: 30 days ${(trendFull / snapshotFull).toFixed(2)}x ` +
      `(${trendFull.toFixed(1)} ms), this year ${(trendYear / snapshotFull).toFixed(2)}x (${trendYear.toFixed(1)} ms)`,
  );
  // The supervision bulletin (督办通报) of this month: the stats, the trend replay for its last day, the tasks and
  // the period's instructions; then the same as a workbook.
  const bulletinFull = await getMs(`/boards/${full}/circular`);
  report(
    'GET /api/boards/:id/circular, this month (ms)',
    await getMs(`/boards/${empty}/circular`),
    bulletinFull,
  );
  const bulletinXlsx = await measureDownload(server, token, `/boards/${full}/circular.xlsx?lang=zh-CN`);
  console.log(
    `bulletin ÷ snapshot on the ${TASKS}-task board: ${(bulletinFull / snapshotFull).toFixed(2)}x ` +
      `(${bulletinFull.toFixed(1)} ms); its workbook ${(bulletinXlsx.ms / snapshotFull).toFixed(2)}x ` +
      `(${bulletinXlsx.ms.toFixed(1)} ms, ${(bulletinXlsx.bytes / 1024).toFixed(0)} KB)`,
  );
  // Minutes import (issue 12): the server splits 20,000 characters of minutes into drafts; the floor is
  // sentence segmentation alone (Intl.Segmenter, what the splitter starts from) of the same text here.
  for (const [language, file] of [
    ['en', '../../apps/api/src/minutes/decisions/fixtures/meeting-2021-04-21.txt'],
    ['zh', '../../apps/api/src/minutes/decisions/fixtures/standing-committee-2021-06-08.zh.txt'],
  ]) {
    const one = readFileSync(new URL(file, import.meta.url), 'utf8');
    const text = one.repeat(Math.ceil(20_000 / one.length)).slice(0, 20_000);
    const preview = async () => {
      const response = await fetch(`${server.url}/api/minutes/preview`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      if (!response.ok) throw new Error(`preview: ${response.status} ${await response.text()}`);
      return (await response.json()).drafts.length;
    };
    await preview();
    const samples = [];
    let drafts = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      drafts = await preview();
      samples.push(performance.now() - started);
    }
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    const floorSamples = [];
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      for (const sentence of segmenter.segment(text)) void sentence;
      floorSamples.push(performance.now() - started);
    }
    const [ours, floor] = [median(samples), median(floorSamples)];
    console.log(
      `POST /api/minutes/preview, 20,000 characters (${language}, ${drafts} drafts): ${ours.toFixed(1)} ms; ` +
        `sentence segmentation alone ${floor.toFixed(1)} ms; ratio ${(ours / floor).toFixed(2)}x`,
    );
  }

  if (process.env.BENCH_SKIP_BROWSER === '1') {
    await server.stop();
    process.exit(0);
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    // Widening "due soon" to 90 days turns every open task due in the next 90 days yellow at once, one
    // task.light_changed event each, while a browser shows the board. Floor: the same change on a board
    // where it turns one task yellow.
    const single = await createBoard(server.url, token, 'Bench: one task');
    await createTasks(server.url, token, single, 1);
    const one = await lightBurst(browser, server.url, token, single);
    const burst = await lightBurst(browser, server.url, token, full);
    console.log(
      `due-soon change, lights recomputed and received live: 1 task ${one.ms.toFixed(0)} ms; ` +
        `${burst.events} tasks ${burst.ms.toFixed(0)} ms (${(burst.ms / burst.events).toFixed(1)} ms per task)`,
    );
    console.log(
      `due-soon change, the board in the browser meanwhile: frames over 50 ms: 1 task ${one.longFrames} ` +
        `(longest ${one.longestFrameMs.toFixed(0)} ms), ${burst.events} tasks ${burst.longFrames} ` +
        `(longest ${burst.longestFrameMs.toFixed(0)} ms)`,
    );

    const emptyPage = await measurePage(browser, server.url, token, empty, false);
    const fullPage = await measurePage(browser, server.url, token, full, true);
    report('board view: navigation to live board (ms)', emptyPage.loadMs, fullPage.loadMs);
    console.log(`board view: cards in the DOM with ${TASKS} tasks: ${fullPage.cards} (virtualized)`);
    console.log(
      `board view: scrolling a column of ${Math.round(TASKS / 4)} cards: ${fullPage.frames} frames, ` +
        `median frame ${fullPage.medianFrameMs.toFixed(1)} ms, frames over 50 ms: ${fullPage.longFrames}`,
    );
  } finally {
    await browser.close();
  }
} finally {
  await server.stop();
}

/**
 * Sets the board's due-soon days to 90 and waits, on a live socket, until its light changes stop coming;
 * meanwhile a browser shows the board and records its frames.
 */
async function lightBurst(browser, url, token, boardId) {
  const page = await signedInPage(browser, token);
  await goToLiveBoard(page, url, boardId);
  const socket = io(url, { auth: { token, protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
  try {
    await new Promise((resolve) => socket.once('connect', resolve));
    const joined = await socket.emitWithAck('board:join', { boardId });
    if (!joined.ok) throw new Error(`could not join the board: ${joined.error.message}`);
    let events = 0;
    let lastAt = 0;
    socket.on('board:event', (event) => {
      if (event.type !== 'task.light_changed') return;
      events += 1;
      lastAt = performance.now();
    });
    await page.evaluate(recordFrames);
    const started = performance.now();
    await patch(url, token, `/boards/${boardId}`, { settings: { dueSoonDays: 90 } });
    // Done when a second passes without another light change (after at least one; two minutes at most).
    const giveUpAt = Date.now() + 120_000;
    let seen = -1;
    while ((events === 0 || events !== seen) && Date.now() < giveUpAt) {
      seen = events;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const frames = await page.evaluate(() => globalThis.benchFrames);
    return {
      events,
      ms: lastAt - started,
      longFrames: frames.filter((duration) => duration > 50).length,
      longestFrameMs: Math.max(...frames),
    };
  } finally {
    socket.close();
    await page.close();
  }
}

/** In the page: records every frame's duration into `benchFrames` from now on. */
function recordFrames() {
  globalThis.benchFrames = [];
  let last = performance.now();
  const tick = (now) => {
    globalThis.benchFrames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function signedInPage(browser, token) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript((value) => localStorage.setItem('duban.accessToken', value), token);
  return page;
}

async function goToLiveBoard(page, baseUrl, boardId) {
  await page.goto(`${baseUrl}/boards/${boardId}`);
  await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor({ timeout: 60_000 });
}

/**
 * Issue 13, item 4: the snapshot against its floor (one `pg` query of the same rows and JSON.stringify, in
 * this script) and its size raw and on the wire. Each GET of ours asks for one encoding: none, what a
 * browser asks (brotli), gzip. The floor needs PostgreSQL (DATABASE_URL); on the embedded database only ours.
 */
async function snapshotAgainstFloor(server, token, boardId) {
  const databaseUrl = process.env.DATABASE_URL;
  const client = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : null;
  await client?.connect();
  const encodings = { uncompressed: 'identity', brotli: 'gzip, deflate, br', gzip: 'gzip' };
  const samples = { uncompressed: [], brotli: [], gzip: [], floor: [] };
  const sizes = {};
  try {
    // Round after round, ours in each encoding and the floor side by side, so a load swing hits them alike.
    for (let round = 0; round < SNAPSHOT_ROUNDS; round += 1) {
      for (const [name, encoding] of Object.entries(encodings)) {
        const started = performance.now();
        const response = await rawGet(`${server.url}/api/boards/${boardId}`, {
          Authorization: `Bearer ${token}`,
          'Accept-Encoding': encoding,
        });
        samples[name].push(performance.now() - started);
        sizes[name] = response.body.length;
        if (name !== 'uncompressed' && !response.headers['content-encoding']) {
          throw new Error(`the snapshot came uncompressed to a client accepting ${encoding}`);
        }
      }
      if (!client) continue;
      const started = performance.now();
      const { rows } = await client.query(
        'SELECT * FROM tasks WHERE "boardId" = $1 ORDER BY status, position',
        [boardId],
      );
      void JSON.stringify(rows);
      samples.floor.push(performance.now() - started);
    }
  } finally {
    await client?.end();
  }
  const times = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `GET /api/boards/:id snapshot, ${TASKS} tasks, bytes: raw ${kb(sizes.uncompressed)}, on the wire ` +
      `brotli ${kb(sizes.brotli)} (${((sizes.brotli / sizes.uncompressed) * 100).toFixed(1)}%), gzip ` +
      `${kb(sizes.gzip)}; time brotli ${times.brotli.toFixed(1)} ms, gzip ${times.gzip.toFixed(1)} ms ` +
      `(medians of ${SNAPSHOT_ROUNDS})`,
  );
  if (!client) {
    console.log(
      `GET /api/boards/:id snapshot, ${TASKS} tasks, uncompressed: ${times.uncompressed.toFixed(1)} ms ` +
        '(embedded database: the pg floor needs DATABASE_URL)',
    );
    return;
  }
  for (const name of ['uncompressed', 'brotli']) {
    console.log(
      `GET /api/boards/:id snapshot, ${TASKS} tasks, ${name}: ${times[name].toFixed(1)} ms; ` +
        `one pg query of the same rows + JSON.stringify ${times.floor.toFixed(1)} ms; ratio ` +
        `${(times[name] / times.floor).toFixed(2)}x`,
    );
  }
}

/** A GET read as it came over the wire (not decoded), with the time to its last byte. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        else resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    }).on('error', reject);
  });
}

function report(what, floor, measured) {
  console.log(
    `${what}: empty ${floor.toFixed(1)}, ${TASKS} tasks ${measured.toFixed(1)}, ratio ${(measured / floor).toFixed(2)}x`,
  );
}

async function measurePage(browser, baseUrl, token, boardId, scroll) {
  const page = await signedInPage(browser, token);
  const samples = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = Date.now();
    await goToLiveBoard(page, baseUrl, boardId);
    samples.push(Date.now() - started);
  }
  const cards = await page.getByTestId('task-card').count();
  const frames = scroll ? await scrollFirstColumn(page) : { frames: 0, medianFrameMs: 0, longFrames: 0 };
  await page.close();
  return { loadMs: median(samples), cards, ...frames };
}

/** Scrolls the first column from top to bottom in steps and records frame durations meanwhile. */
async function scrollFirstColumn(page) {
  return page.evaluate(async () => {
    const scroller = [...document.querySelectorAll('*')].find(
      (element) =>
        element.scrollHeight > element.clientHeight + 100 &&
        getComputedStyle(element).overflowY !== 'visible',
    );
    if (!scroller) return { frames: 0, medianFrameMs: 0, longFrames: 0 };
    const durations = [];
    let last = performance.now();
    let running = true;
    const tick = (now) => {
      durations.push(now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (let top = 0; top < scroller.scrollHeight; top += scroller.clientHeight / 2) {
      scroller.scrollTop = top;
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }
    running = false;
    const sorted = [...durations].sort((a, b) => a - b);
    return {
      frames: durations.length,
      medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      longFrames: durations.filter((duration) => duration > 50).length,
    };
  });
}

/** The server's resident memory now, in MB (Linux's /proc; 0 elsewhere). */
function residentMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Downloads a file under /api, reading it as it streams, while sampling the server's memory. */
async function measureDownload(server, token, path) {
  const rssBeforeMb = residentMb(server.pid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, residentMb(server.pid))), 20);
  try {
    const started = performance.now();
    const response = await fetch(`${server.url}/api${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    const headersMs = performance.now() - started;
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.byteLength;
    const ms = performance.now() - started;
    rssPeakMb = Math.max(rssPeakMb, residentMb(server.pid));
    return {
      rows: Number(response.headers.get('X-Export-Rows')),
      headersMs,
      ms,
      bytes,
      rssBeforeMb,
      rssPeakMb,
    };
  } finally {
    clearInterval(sampler);
  }
}
