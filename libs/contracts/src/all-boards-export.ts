import { z } from 'zod';
import { BOARD_ARCHIVE_FILTERS } from './boards';
import { exportQuerySchema } from './export-columns';
import type { UiLanguage } from './users';

/**
 * The exports say how many rows are coming before the first byte: the rows that matched the filters when
 * the export began (counted in a first pass over the tasks, so a task changed meanwhile may make the file
 * a row longer or shorter). The client turns it into a percentage where it can count the rows it has
 * received (CSV), and shows the bytes received where it cannot (XLSX is compressed).
 */
export const EXPORT_ROWS_HEADER = 'X-Export-Rows';

const MAX_EXPORT_BOARDS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `boardIds=a,b` or `boardIds=a&boardIds=b`: the boards to export, each an id (400 naming boardIds). */
const boardIdsSchema = z
  .union([z.string().max(40 * MAX_EXPORT_BOARDS), z.array(z.string().max(40 * MAX_EXPORT_BOARDS))])
  .transform((value, context) => {
    const ids = (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const malformed = ids.find((id) => !UUID.test(id));
    if (malformed !== undefined) {
      context.addIssue({ code: 'custom', message: `not a board id: "${malformed.slice(0, 40)}"` });
      return z.NEVER;
    }
    if (ids.length > MAX_EXPORT_BOARDS) {
      context.addIssue({ code: 'custom', message: `at most ${MAX_EXPORT_BOARDS} boards` });
      return z.NEVER;
    }
    return [...new Set(ids.map((id) => id.toLowerCase()))];
  });

/**
 * `GET /api/export.xlsx` and `.csv`: every board the caller may see (archived ones only with
 * `archived=include` or `only`, as in the boards list), narrowed to `boardIds` if given — a board the
 * caller may not see is left out, as `/api/stats` leaves it out, so the file says nothing about it — with
 * the table's filters, `lang` and `tz` of the board export.
 */
export const allBoardsExportQuerySchema = exportQuerySchema.extend({
  boardIds: boardIdsSchema.optional(),
  archived: z.enum(BOARD_ARCHIVE_FILTERS).optional(),
});
export type AllBoardsExportQuery = z.infer<typeof allBoardsExportQuerySchema>;

/** The leading column of the all-boards CSV (the XLSX has a sheet per board instead). */
export const EXPORT_BOARD_HEADER: Record<UiLanguage, string> = { en: 'Board', 'zh-CN': '督办台账' };
