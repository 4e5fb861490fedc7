import type { BoardSnapshot } from '@duban/contracts';
import { get, type IncomingHttpHeaders } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { useTestApp } from './testing/use-test-app';

/** What came over the wire, not decoded: the headers and the bytes as sent. */
interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

function decoded({ headers, body }: RawResponse): Buffer {
  if (headers['content-encoding'] === 'br') return brotliDecompressSync(body);
  if (headers['content-encoding'] === 'gzip') return gunzipSync(body);
  return body;
}

/** A built web client stand-in, with its big chunk also precompressed beside it as the Vite build writes it. */
const CHUNK = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, n) => `word ${n}`))};\n`;
const dist = mkdtempSync(join(tmpdir(), 'duban-web-'));
function webDist(): string {
  const dir = dist;
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index.js'), CHUNK);
  writeFileSync(join(dir, 'assets', 'index.js.br'), brotliCompressSync(CHUNK));
  writeFileSync(join(dir, 'assets', 'index.js.gz'), gzipSync(CHUNK));
  return dir;
}

describe('Compression on the wire', () => {
  const suite = useTestApp({ webDistDir: webDist() });
  let boardUrl: string;
  let auth: Record<string, string>;
  let plain: Buffer;

  beforeAll(async () => {
    const board = await suite.factory.board();
    for (let n = 0; n < 40; n += 1) await suite.factory.task(board.id, { title: `Rectify outfall ${n}` });
    boardUrl = `${suite.testApp.url}/api/boards/${board.id}`;
    auth = { Authorization: `Bearer ${suite.admin.token}` };
    plain = (await rawGet(boardUrl, { ...auth, 'Accept-Encoding': 'identity' })).body;
  });

  it('sends JSON uncompressed to a client that accepts no encoding', async () => {
    const response = await rawGet(boardUrl, { ...auth, 'Accept-Encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(plain.toString()) as BoardSnapshot).tasks).toHaveLength(40);
  });

  it.each(['br', 'gzip'])(
    'sends a board snapshot as %s to a client that accepts it, the same JSON in fewer bytes',
    async (encoding) => {
      const response = await rawGet(boardUrl, { ...auth, 'Accept-Encoding': encoding });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers.vary).toMatch(/Accept-Encoding/i);
      expect(response.body.length).toBeLessThan(plain.length / 3);
      expect(JSON.parse(decoded(response).toString())).toEqual(JSON.parse(plain.toString()));
    },
  );

  it('prefers brotli when the client accepts both, as browsers do', async () => {
    const response = await rawGet(boardUrl, { ...auth, 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('br');
  });

  it.each([
    ['br', 'gzip, deflate, br'],
    ['gzip', 'gzip'],
  ])(
    'serves the web client’s precompressed %s file as it is, with the security headers',
    async (encoding, accepted) => {
      const response = await rawGet(`${suite.testApp.url}/assets/index.js`, { 'Accept-Encoding': accepted });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.body.length).toBeLessThan(CHUNK.length / 3);
      expect(decoded(response).toString()).toBe(CHUNK);
      // The file itself (brotli at its best quality), not compressed again per request (quality 4).
      const file = readFileSync(join(dist, 'assets', `index.js.${encoding === 'br' ? 'br' : 'gz'}`));
      expect(response.body.equals(file)).toBe(true);
    },
  );

  it('serves the plain file to a client that accepts no encoding', async () => {
    const response = await rawGet(`${suite.testApp.url}/assets/index.js`, { 'Accept-Encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(CHUNK);
  });
});
