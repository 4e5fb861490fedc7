import { EXPORT_ROWS_HEADER, type RouteDefinition } from '@duban/contracts';
import { routeUrl, toApiError } from './api-client';

/**
 * How far a download has come. The server says how many rows are coming (X-Export-Rows, counted when the
 * export began); a CSV's rows can be counted as they arrive, so it has a percentage. An XLSX is a zip
 * whose rows cannot be counted until it is whole, so it shows the bytes received — nothing is guessed.
 */
export interface DownloadProgress {
  bytes: number;
  /** Rows the server announced; null when it did not say. */
  rows: number | null;
  /** Complete CSV records received, the header left out; null when not counted (XLSX). */
  rowsReceived: number | null;
}

export const NO_PROGRESS: DownloadProgress = { bytes: 0, rows: null, rowsReceived: null };

/** The percentage to show, or null when it cannot be known; 99 at most until the file is whole. */
export function progressPercent(progress: DownloadProgress): number | null {
  const { rows, rowsReceived } = progress;
  if (rows === null || rowsReceived === null || rows === 0) return null;
  return Math.min(99, Math.floor((rowsReceived / rows) * 100));
}

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/**
 * Counts a CSV's records as its bytes arrive: newlines outside quotes (a quoted cell may hold one; a
 * doubled quote inside one toggles twice and changes nothing). Both are ASCII, never part of a UTF-8
 * sequence, so the bytes need no decoding and a chunk may end anywhere.
 */
export class CsvRecordCounter {
  private quoted = false;
  private lines = 0;

  add(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (byte === QUOTE) this.quoted = !this.quoted;
      else if (byte === NEWLINE && !this.quoted) this.lines++;
    }
  }

  /** Complete records after the header line. */
  get records(): number {
    return Math.max(0, this.lines - 1);
  }
}

/** Reads the body chunk by chunk, telling `onProgress` after each, and answers the whole file. */
export async function readWithProgress(
  response: Response,
  countCsvRows: boolean,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Blob> {
  const announced = response.headers.get(EXPORT_ROWS_HEADER);
  const rows = announced !== null && /^\d+$/.test(announced) ? Number(announced) : null;
  const counter = countCsvRows ? new CsvRecordCounter() : null;
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  onProgress({ bytes, rows, rowsReceived: counter ? 0 : null });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    counter?.add(value);
    onProgress({ bytes, rows, rowsReceived: counter ? counter.records : null });
  }
  return new Blob(chunks as BlobPart[], { type });
}

type FileRoute = RouteDefinition & { response: { kind: 'file'; fileName: string } };

export interface DownloadOptions {
  token: string | null;
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
}

/**
 * Downloads a file the API makes, reading the body as it streams in so the page can show how far it has
 * come, then has the browser save it under the route's name. `signal` cancels it (fetch and body alike).
 */
export async function downloadWithProgress(route: FileRoute, options: DownloadOptions): Promise<void> {
  const { token, params, query, signal, onProgress } = options;
  const response = await fetch(routeUrl(route, { params, query }), {
    method: route.method,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal,
  });
  if (!response.ok) throw await toApiError(response);
  const blob = await readWithProgress(response, route.response.fileName.endsWith('.csv'), onProgress);
  saveBlob(blob, route.response.fileName);
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
  } finally {
    // After the click has started the download: the browser holds its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** A cancelled download (the user's Cancel, or leaving the page): not a failure to report. */
export function isAborted(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : error instanceof Error && error.name === 'AbortError';
}
