import { EXPORT_COLUMNS, EXPORT_COLUMN_KINDS, type ExportColumn, type ExportWords } from '@duban/contracts';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { neutralizeSpreadsheetCell } from '../common/spreadsheet-cell';
import type { ExportCell } from './export-rows';

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
 * sent, never the whole sheet kept): one sheet, a frozen header row in the reader's language with an
 * autofilter, column widths, the deadline as a date cell and timestamps as date-time cells, text neutralised
 * against formulas.
 */
export async function writeXlsx(
  rows: AsyncIterable<ExportCell[]>,
  words: ExportWords,
  output: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    key: column,
    width: WIDTHS[column],
    style: { numFmt: NUMBER_FORMATS[EXPORT_COLUMN_KINDS[column]] },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  const header = sheet.addRow(EXPORT_COLUMNS.map((column) => words.headers[column]));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  for await (const row of rows) {
    sheet.addRow(row.map(xlsxValue)).commit();
    // Let a slow reader catch up rather than buffering the workbook in memory.
    if (++written % 200 === 0 && output.writableNeedDrain) await once(output, 'drain');
  }
  sheet.commit();
  await workbook.commit();
}

function xlsxValue(cell: ExportCell): string | number | Date | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (typeof cell === 'string') return neutralizeSpreadsheetCell(cell);
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return cell.dateTime;
}
