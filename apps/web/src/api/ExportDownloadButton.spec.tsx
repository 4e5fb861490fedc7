import { EXPORT_ROWS_HEADER, routes } from '@duban/contracts';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReadableStream, type ReadableStreamDefaultController } from 'node:stream/web';
import { TestProviders } from '../testing/TestProviders';
import { CsvRecordCounter } from './download-progress';
import { ExportDownloadButton } from './ExportDownloadButton';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * The API's download as fetch gives it: a body that streams the chunks the test pushes (a real
 * ReadableStream), the rows announced in X-Export-Rows, and cancelled as fetch cancels it, by the signal.
 */
function streamingFetch(announcedRows: number, contentType: string) {
  const sent: { url: string; signal: AbortSignal }[] = [];
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (started) => void (controller = started) });
  globalThis.fetch = jest.fn((url: string, init: RequestInit) => {
    const signal = init.signal!;
    sent.push({ url, signal });
    signal.addEventListener('abort', () => controller.error(new DOMException('Aborted', 'AbortError')));
    const headers = {
      [EXPORT_ROWS_HEADER.toLowerCase()]: String(announcedRows),
      'content-type': contentType,
    };
    return Promise.resolve({
      ok: true,
      status: 200,
      headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
      body,
    } as unknown as Response);
  }) as unknown as typeof fetch;
  return {
    sent,
    /** Hands the chunk to the page and lets it read and render it. */
    push: (chunk: Uint8Array) =>
      act(() => {
        controller.enqueue(chunk);
        return Promise.resolve();
      }),
    end: () =>
      act(() => {
        controller.close();
        return Promise.resolve();
      }),
  };
}

/** What the browser was asked to save: the file's name and its bytes. */
function savedFiles() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
  return saved;
}

function renderButton(format: 'csv' | 'xlsx') {
  const route = format === 'csv' ? routes.exportTasksCsv : routes.exportTasksXlsx;
  render(
    <TestProviders>
      <ExportDownloadButton
        route={route}
        params={{ boardId: 'board-1' }}
        query={() => ({ lang: 'en', dept: undefined })}
        label={format === 'csv' ? 'Download CSV' : 'Download Excel'}
      />
    </TestProviders>,
  );
}

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

describe('CsvRecordCounter', () => {
  it('counts the records after the header, not the newlines inside quoted cells, however the bytes are cut', () => {
    const csv = bytes('\uFEFFTitle,Kind\n"Two\nlines",Task\n"Say ""hi""\n",Task\nPlain,Task\n');
    for (const cut of [1, 2, 7, csv.length]) {
      const counter = new CsvRecordCounter();
      for (let start = 0; start < csv.length; start += cut) counter.add(csv.slice(start, start + cut));
      expect(counter.records).toBe(3);
    }
    const partial = new CsvRecordCounter();
    partial.add(bytes('Title\n"open quote\n'));
    expect(partial.records).toBe(0);
  });
});

describe('ExportDownloadButton: progress while the file streams in', () => {
  it('shows the percentage of the announced CSV rows received, then saves the whole file', async () => {
    const saved = savedFiles();
    const server = streamingFetch(4, 'text/csv; charset=utf-8');
    renderButton('csv');

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    // The headers are in: the rows announced, none received yet.
    await screen.findByRole('button', { name: 'Preparing… 0%' });
    expect(server.sent[0]!.url).toBe('/api/boards/board-1/export.csv?lang=en');
    await server.push(bytes('\uFEFFTitle,Kind\nFirst,Task\n"Sec'));
    await screen.findByRole('button', { name: 'Preparing… 25%' });
    await server.push(bytes('ond\nline",Task\nThird,Task\n'));
    await screen.findByRole('button', { name: 'Preparing… 75%' });
    expect(screen.getByRole('button', { name: 'Cancel: Download CSV' })).toBeInTheDocument();
    await server.push(bytes('Fourth,Task\n'));
    // Every announced row is in, but the file is not whole until the stream ends: never 100% before.
    await screen.findByRole('button', { name: 'Preparing… 99%' });
    await server.end();

    await screen.findByRole('button', { name: 'Download CSV' });
    expect(saved.map((file) => file.name)).toEqual(['tasks.csv']);
    expect(saved[0]!.blob.size).toBe(
      bytes('\uFEFFTitle,Kind\nFirst,Task\n"Second\nline",Task\nThird,Task\nFourth,Task\n').length,
    );
    expect(screen.queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
  });

  it('shows the kilobytes received for an XLSX, whose rows cannot be counted until it is whole', async () => {
    const saved = savedFiles();
    const server = streamingFetch(1500, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    renderButton('xlsx');

    fireEvent.click(screen.getByRole('button', { name: 'Download Excel' }));
    await server.push(new Uint8Array(2048));
    await screen.findByRole('button', { name: 'Preparing… 2 KB' });
    await server.push(new Uint8Array(1_536_000));
    await screen.findByRole('button', { name: 'Preparing… 1,502 KB' });
    await server.end();

    await screen.findByRole('button', { name: 'Download Excel' });
    expect(saved.map((file) => [file.name, file.blob.size])).toEqual([['tasks.xlsx', 2048 + 1_536_000]]);
  });

  it('cancels: the download stops, nothing is saved and no failure is reported', async () => {
    const saved = savedFiles();
    const server = streamingFetch(10, 'text/csv; charset=utf-8');
    renderButton('csv');

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await server.push(bytes('Title\nOne\n'));
    await screen.findByRole('button', { name: 'Preparing… 10%' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: Download CSV' }));

    await screen.findByRole('button', { name: 'Download CSV' });
    expect(server.sent[0]!.signal.aborted).toBe(true);
    expect(saved).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reports a refused export with the API’s message', async () => {
    savedFiles();
    globalThis.fetch = jest.fn(() =>
      Promise.resolve({
        ok: false,
        status: 404,
        statusText: 'Not Found',
        json: () => Promise.resolve({ message: 'Board not found', code: 'not_found' }),
      }),
    ) as unknown as typeof fetch;
    renderButton('xlsx');

    fireEvent.click(screen.getByRole('button', { name: 'Download Excel' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Export failed: Board not found'),
    );
  });
});
