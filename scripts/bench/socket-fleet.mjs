// A child process that holds a share of the bench's socket clients (scripts/bench/sections/fanout.mjs and
// capacity.mjs fork several, so that at 1,000+ clients the harness's own event loop is not what is
// measured). Driven over the IPC channel: connect, join, collect (receipt times), close.
import { PROTOCOL_VERSION } from '@duban/contracts';
import { io } from 'socket.io-client';

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes on one machine. */
const now = () => performance.timeOrigin + performance.now();

const sockets = [];
/** Event key (a task's title, or the bare floor's key) → the times each client here received it. */
let receipts = new Map();

function record(event) {
  const key = event?.data?.title ?? event?.key;
  if (typeof key !== 'string') return;
  const at = now();
  const times = receipts.get(key);
  if (times) times.push(at);
  else receipts.set(key, [at]);
}

/** Runs `work` over `items`, at most `parallel` at a time; the number that failed, and the first error. */
async function inParallel(items, parallel, work) {
  let next = 0;
  let failed = 0;
  let firstError;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failed += 1;
        firstError ??= String(error?.message ?? error);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return { failed, firstError };
}

function connect({ url, token }, event) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      auth: token ? { token, protocolVersion: PROTOCOL_VERSION } : {},
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 120_000,
    });
    socket.on(event, record);
    socket.once('connect', () => {
      sockets.push(socket);
      resolve();
    });
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

process.on('message', async (message) => {
  if (message.type === 'connect') {
    const started = now();
    const outcome = await inParallel(message.clients, message.parallel ?? 50, (client) =>
      connect(client, message.event),
    );
    process.send({ type: 'connected', ms: now() - started, ...outcome });
  } else if (message.type === 'join') {
    const started = now();
    const outcome = await inParallel(sockets, message.parallel ?? 50, async (socket) => {
      const result = await socket.timeout(300_000).emitWithAck(message.event, message.payload);
      if (result && result.ok === false) throw new Error(JSON.stringify(result));
    });
    process.send({ type: 'joined', ms: now() - started, ...outcome });
  } else if (message.type === 'collect') {
    process.send({ type: 'receipts', receipts: [...receipts] });
    receipts = new Map();
  } else if (message.type === 'close') {
    for (const socket of sockets) socket.close();
    process.send({ type: 'closed' });
    setTimeout(() => process.exit(0), 50);
  }
});
process.send({ type: 'ready' });
