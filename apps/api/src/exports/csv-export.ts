import { EXPORT_COLUMNS } from '@duban/contracts';
import { stringify } from 'csv-stringify';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';
import type { ExportCell, TaskExport } from './export-rows';

/**
 * Streams the rows as CSV with a byte order mark (so Excel reads the Chinese as UTF-8): a header line in
 * the reader's language, dates as "YYYY-MM-DD", times as "YYYY-MM-DD HH:mm" (the reader's wall clock),
 * text neutralised against formulas. Across boards (`boardHeader` set) one file, each row led by its
 * board's title. Rows are pulled batch by batch as the client reads.
 */
export async function writeCsv(found: TaskExport, output: Writable): Promise<void> {
  const { words, boardHeader, sheets } = found;
  async function* lines(): AsyncGenerator<(string | number)[]> {
    const header = EXPORT_COLUMNS.map((column) => words.headers[column]);
    yield boardHeader === null ? header : [boardHeader, ...header];
    for (const sheet of sheets) {
      for await (const row of sheet.rows) {
        const cells = row.map(csvValue);
        yield boardHeader === null ? cells : [sheet.board, ...cells];
      }
    }
  }
  const csv = stringify({ bom: true, cast: { string: neutralizeSpreadsheetCell } });
  await pipeline(Readable.from(lines()), csv, output);
}

function csvValue(cell: ExportCell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return cell.date;
  return cell.dateTime.toISOString().slice(0, 16).replace('T', ' ');
}
