import { EXPORT_COLUMNS, EXPORT_WORDS } from '@duban/contracts';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { writeCsv } from './csv-export';
import type { ExportCell, TaskExport } from './export-rows';
import { writeXlsx } from './xlsx-export';

/**
 * A reader that takes a little and then goes away (Cancel, a closed tab): the writer must stop pulling rows
 * from the database and give up, not wait forever for a drain or read the whole board for nobody.
 */
/** Far more rows than any writer that waits for its reader pulls: past it, the source gives up. */
const RUNAWAY = 200_000;

describe('An export whose reader goes away', () => {
  /** Rows without end, read in batches of 100, counting how many were pulled and whether the source was closed. */
  function endlessExport(): { found: TaskExport; pulled: () => number; closed: () => boolean } {
    let pulled = 0;
    let closed = false;
    async function* rows(): AsyncGenerator<ExportCell[]> {
      try {
        for (;;) {
          // The database answers a batch at a time: the event loop turns between batches.
          if (pulled % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
          pulled += 1;
          // A writer that never notices would otherwise run on, filling memory, long after the test failed.
          if (pulled > RUNAWAY)
            throw new Error(`the writer pulled ${RUNAWAY} rows for a reader that is gone`);
          // Text that does not compress away: the workbook's zip must really send bytes.
          yield EXPORT_COLUMNS.map((column) => `${column} ${pulled} ${randomBytes(20).toString('hex')}`);
        }
      } finally {
        closed = true;
      }
    }
    const found: TaskExport = {
      words: EXPORT_WORDS.en,
      rowCount: Number.MAX_SAFE_INTEGER,
      boardHeader: null,
      sheets: [{ name: 'Tasks', board: 'Tasks', rows: rows() }],
    };
    return { found, pulled: () => pulled, closed: () => closed };
  }

  /**
   * Accepts `budget` bytes, then stops taking any (a stalled client), then is destroyed `goneAfterMs` later:
   * at once (before the writer next looks) or while the writer waits for a drain.
   */
  function stallingReader(budget: number, goneAfterMs: number): Writable {
    let taken = 0;
    const reader = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        taken += chunk.length;
        if (taken <= budget) done();
        else setTimeout(() => reader.destroy(), goneAfterMs);
      },
    });
    return reader;
  }

  it.each([
    ['XLSX', 0, writeXlsx],
    ['XLSX', 200, writeXlsx],
    ['CSV', 0, writeCsv],
    ['CSV', 200, writeCsv],
  ])(
    '%s: stops reading rows and fails once the reader is gone (%s ms after it stalls)',
    async (_format, goneAfterMs, write) => {
      const { found, pulled, closed } = endlessExport();
      await expect(write(found, stallingReader(64 * 1024, goneAfterMs))).rejects.toThrow();
      // A read already under way finishes before the source is closed (Readable.from returns it then).
      await new Promise((resolve) => setTimeout(resolve, 100));
      const atFailure = pulled();
      expect(closed()).toBe(true);
      expect(atFailure).toBeGreaterThan(20);
      // Far fewer than an endless board: the writer waited for the reader, then let go of the source.
      expect(atFailure).toBeLessThan(50_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pulled()).toBe(atFailure);
      // Streaming and compressing on a busy CI machine: room to finish (how fast is not the point).
    },
    30_000,
  );
});
