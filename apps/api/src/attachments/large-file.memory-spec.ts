import type { AttachmentView } from '@duban/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ApiClient, Factory, startTestApp, type TestApp } from '../testing';

// A full collection on demand, so what is measured is memory still held, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
const FILE_BYTES = 20 * MB;
/** Far below the file: a server holding the whole file (or half of it) at any moment fails. */
const MAX_HELD_BYTES = 8 * MB;

/** What this process holds after a full collection: JavaScript objects and buffers. */
function liveBytes(): number {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** The sampler running now: stopped after the spec too, so a hung upload cannot leave it collecting. */
let sampler: NodeJS.Timeout | undefined;

/** The most memory held above the level before `work`, sampled while it runs. */
async function peakHeldDuring<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  const baseline = liveBytes();
  let peak = 0;
  sampler = setInterval(() => {
    peak = Math.max(peak, liveBytes() - baseline);
  }, 50);
  try {
    const result = await work();
    return { result, peak };
  } finally {
    clearInterval(sampler);
  }
}

/** CSV lines made on the fly, `total` bytes in all, in pieces of 64 KB: never all in memory either. */
function* csvPieces(total: number): Generator<Buffer> {
  let sent = 0;
  let line = 0;
  while (sent < total) {
    const lines: string[] = [];
    let length = 0;
    while (length < 64 * 1024) {
      const text = `${line},outfall-${line % 977},${(line * 7919) % 100_000},sealed\n`;
      lines.push(text);
      length += text.length;
      line += 1;
    }
    const piece = Buffer.from(lines.join('')).subarray(0, Math.min(length, total - sent));
    sent += piece.length;
    yield piece;
  }
}

interface Answer {
  status: number;
  body: string;
}

/** POSTs a multipart upload whose file part is streamed from `pieces`, hashing what it sends. */
async function streamUpload(
  url: string,
  token: string,
  taskId: string,
  name: string,
  pieces: Iterable<Buffer>,
): Promise<{ answer: Answer; sentSha256: string; sentBytes: number }> {
  const boundary = `----duban${randomBytes(8).toString('hex')}`;
  const hash = createHash('sha256');
  let sentBytes = 0;
  function* body(): Generator<Buffer> {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    );
    for (const piece of pieces) {
      hash.update(piece);
      sentBytes += piece.length;
      yield piece;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  const answer = await new Promise<Answer>((resolve, reject) => {
    const request = httpRequest(`${url}/api/tasks/${taskId}/attachments`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
      },
    });
    request.once('response', (response: IncomingMessage) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }),
      );
    });
    request.once('error', reject);
    pipeline(Readable.from(body()), request).catch(reject);
  });
  return { answer, sentSha256: hash.digest('hex'), sentBytes };
}

/** GETs a file, hashing and counting it as it arrives (asks for it uncompressed). */
function streamDownload(
  url: string,
  token: string,
  id: string,
): Promise<{ status: number; sha256: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/api/attachments/${id}`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'identity' },
    });
    request.once('response', (response: IncomingMessage) => {
      const hash = createHash('sha256');
      let bytes = 0;
      response.on('data', (part: Buffer) => {
        hash.update(part);
        bytes += part.length;
      });
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, sha256: hash.digest('hex'), bytes }),
      );
      response.once('error', reject);
    });
    request.once('error', reject);
    request.end();
  });
}

describe('Attachments: a 20 MB file', () => {
  // On disk: an in-memory embedded database would hold the stored file in this very process.
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({}, { embeddedOnDisk: true });
  });
  afterAll(async () => {
    clearInterval(sampler);
    await testApp?.close();
  });

  it('goes in and comes out byte for byte, streamed: the server never holds it whole', async () => {
    const admin = await ApiClient.loginAdmin(testApp.url);
    const factory = new Factory(admin);
    const board = await factory.board();
    const task = await factory.task(board.id);
    const { url } = testApp;
    const { token } = admin;

    const upload = await peakHeldDuring(() =>
      streamUpload(url, token, task.id, 'survey.csv', csvPieces(FILE_BYTES)),
    );
    const { answer, sentSha256, sentBytes } = upload.result;
    expect(answer.status).toBe(201);
    expect(sentBytes).toBe(FILE_BYTES);
    const attachment = JSON.parse(answer.body) as AttachmentView;
    expect(attachment).toMatchObject({ size: FILE_BYTES, sha256: sentSha256, contentType: 'text/plain' });

    const download = await peakHeldDuring(() => streamDownload(url, token, attachment.id));
    expect(download.result).toEqual({ status: 200, sha256: sentSha256, bytes: FILE_BYTES });

    // Measured in this process, which is also the client: both ends stream.
    process.stdout.write(
      `20 MB file: most memory held above the start, upload ${(upload.peak / MB).toFixed(1)} MB, ` +
        `download ${(download.peak / MB).toFixed(1)} MB\n`,
    );
    expect(upload.peak).toBeLessThan(MAX_HELD_BYTES);
    expect(download.peak).toBeLessThan(MAX_HELD_BYTES);
  });
});
