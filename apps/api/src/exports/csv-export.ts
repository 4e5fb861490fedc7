import { EXPORT_COLUMNS, type ExportWords } from '@duban/contracts';
import { stringify } from 'csv-stringify';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';
import type { ExportCell } from './export-rows';

/**
 * Streams the rows as CSV with a byte order mark (so Excel reads the Chinese as UTF-8): a header line in
 * the reader's language, dates as "YYYY-MM-DD", times as "YYYY-MM-DD HH:mm" (the reader's wall clock),
 * text neutralised against formulas. Rows are pulled batch by batch as the client reads.
 */
export async function writeCsv(
  rows: AsyncIterable<ExportCell[]>,
  words: ExportWords,
  output: Writable,
): Promise<void> {
  async function* lines(): AsyncGenerator<(string | number)[]> {
    yield EXPORT_COLUMNS.map((column) => words.headers[column]);
    for await (const row of rows) yield row.map(csvValue);
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
