#!/usr/bin/env node
/* global document, getComputedStyle, requestAnimationFrame -- page.evaluate callbacks run in the browser */
// `npm run bench`: how the board copes with 5,000 tasks, measured against the same board empty (the floor)
// in the same run, on the built app; the leaders' statistics on that board as a ratio to its snapshot, and
// `GET /api/stats` over 20 boards of 500 tasks (the dashboard's "under a second"). Prints absolute numbers
// and ratios; sets no pass/fail thresholds. BENCH_SKIP_BROWSER=1 leaves out the browser measurements.
import { PROTOCOL_VERSION } from '@duban/contracts';
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

  const empty = await createBoard(server.url, token, 'Bench: empty board');
  const full = await createBoard(server.url, token, `Bench: ${TASKS} tasks`);
  seeding = Date.now();
  await createTasks(server.url, token, full, TASKS, { departments });
  console.log(`seeded ${TASKS} tasks through the API in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);

  const snapshotFull = await getMs(`/boards/${full}`);
  report('GET /api/boards/:id snapshot (ms)', await getMs(`/boards/${empty}`), snapshotFull);
  const statsFull = await getMs(`/boards/${full}/stats`);
  report('GET /api/boards/:id/stats (ms)', await getMs(`/boards/${empty}/stats`), statsFull);
  console.log(
    `stats ÷ snapshot on the ${TASKS}-task board: ${(statsFull / snapshotFull).toFixed(2)}x ` +
      `(${statsFull.toFixed(1)} ms vs ${snapshotFull.toFixed(1)} ms)`,
  );
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
