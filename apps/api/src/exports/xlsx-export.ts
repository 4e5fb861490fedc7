import { EXPORT_COLUMNS, EXPORT_COLUMN_KINDS, type ExportColumn } from '@duban/contracts';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';
import type { ExportCell, TaskExport } from './export-rows';

/** Characters wide, as the table's columns are in pixels. */
const WIDTHS: Record<ExportColumn, number> = {
  title: 48,
  kind: 14,
  status: 18,
  leadDepartment: 24,
  cooperatingDepartments: 30,
  responsibleLeader: 16,
  assignees: 24,
  deadline: 12,
  progress: 10,
  light: 12,
  acknowledgedAt: 17,
  submittedAt: 17,
  verifiedAt: 17,
  returnCount: 12,
  updatedAt: 17,
};

const NUMBER_FORMATS = { date: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm', number: '0', text: '@' };

/**
 * Streams the rows as an XLSX workbook (exceljs's streaming writer: each row is committed, compressed and
 * sent, never the whole sheet kept): a sheet per board (one for a board's own export), each with a frozen
 * header row in the reader's language with an autofilter, column widths, the deadline as a date cell and
 * timestamps as date-time cells, text neutralised against formulas. Sheets are written one after the
 * other, each committed before the next begins. A workbook needs a sheet: with no board, one empty one.
 */
export async function writeXlsx(found: TaskExport, output: Writable): Promise<void> {
  const { words } = found;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheets = found.sheets.length > 0 ? found.sheets : [{ name: words.sheet, rows: noRows() }];
  let written = 0;
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((column) => ({
      key: column,
      width: WIDTHS[column],
      style: { numFmt: NUMBER_FORMATS[EXPORT_COLUMN_KINDS[column]] },
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
    const header = sheet.addRow(EXPORT_COLUMNS.map((column) => words.headers[column]));
    header.font = { bold: true };
    header.commit();
    for await (const row of rows) {
      // A destroyed stream never needs a drain (`writableNeedDrain` is false once it is gone): ask first,
      // on every row, or a cancelled download goes on being written into memory for nobody.
      if (output.destroyed) throw readerGone();
      sheet.addRow(row.map(xlsxValue)).commit();
      // Let a slow reader catch up rather than buffering the workbook in memory.
      if (++written % 200 === 0 && output.writableNeedDrain) await readerCaughtUp(output);
    }
    sheet.commit();
  }
  await workbook.commit();
}

async function* noRows(): AsyncGenerator<ExportCell[]> {}

/**
 * Waits until the reader has taken what was written. A reader that goes away (Cancel, a closed tab) ends
 * the response without an error: stop writing then, rather than wait for a drain that never comes.
 */
async function readerCaughtUp(output: Writable): Promise<void> {
  if (output.destroyed) throw readerGone();
  const settled = new AbortController();
  const gone = once(output, 'close', { signal: settled.signal }).then(() => {
    throw readerGone();
  });
  try {
    await Promise.race([once(output, 'drain', { signal: settled.signal }), gone]);
  } finally {
    settled.abort();
  }
}

function readerGone(): Error {
  return new Error('The reader went away before the file was written');
}

function xlsxValue(cell: ExportCell): string | number | Date | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return neutralizeSpreadsheetCell(cell);
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return cell.dateTime;
}
