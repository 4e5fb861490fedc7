import { z } from 'zod';
import { longText, MAX_INT4, shortText, uuidSchema } from './common';
import type { TaskView } from './tasks';

export const REPORT_CADENCES = ['none', 'weekly', 'monthly'] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** How a board is supervised: when a task is "due soon", how often departments report, when to escalate. */
export const boardSettingsSchema = z.strictObject({
  /** Yellow light from this many days before the deadline. */
  dueSoonDays: z.number().int().min(0).max(90),
  reportCadence: z.enum(REPORT_CADENCES),
  /** Weekly: ISO weekday (1 Monday … 7 Sunday); monthly: day of the month (1–28) reports are due by. */
  reportDay: z.number().int().min(1).max(28),
  /** Overdue tasks are escalated to their responsible leader this many days after the department was reminded. */
  escalationDays: z.number().int().min(0).max(90),
});
export type BoardSettings = z.infer<typeof boardSettingsSchema>;

/** The last day reports may be due by: a weekday (1 Monday … 7 Sunday) weekly, a day of the month otherwise. */
export const LAST_REPORT_DAY: Record<ReportCadence, number> = { none: 28, weekly: 7, monthly: 28 };

/** Why the settings' report day does not fit their cadence (say, day 12 of a week); null when it does. */
export function reportDayProblem(
  settings: Pick<BoardSettings, 'reportCadence' | 'reportDay'>,
): string | null {
  return settings.reportDay > LAST_REPORT_DAY[settings.reportCadence]
    ? 'weekly reports are due on a weekday: 1 (Monday) to 7 (Sunday)'
    : null;
}

export const DEFAULT_BOARD_SETTINGS: BoardSettings = {
  dueSoonDays: 7,
  reportCadence: 'none',
  reportDay: 28,
  escalationDays: 3,
};

export const createBoardSchema = z.strictObject({
  title: shortText(200),
  description: longText(5000).optional(),
  /** The meeting minutes the board's tasks come from: text or a reference. */
  source: longText(20000).optional(),
  /** Empty: everyone may see the board. Otherwise only these departments (and admins, supervisors, leaders). */
  departmentIds: z.array(uuidSchema).max(100).optional(),
  settings: boardSettingsSchema.partial().optional(),
});
export type CreateBoardInput = z.infer<typeof createBoardSchema>;

export const updateBoardSchema = z.strictObject({
  title: shortText(200).optional(),
  description: longText(5000).optional(),
  source: longText(20000).optional(),
  departmentIds: z.array(uuidSchema).max(100).optional(),
  settings: boardSettingsSchema.partial().optional(),
  /**
   * true archives the board (归档: read-only, out of the default list, still searchable); false restores
   * it. Restoring is the one change an archived board accepts.
   */
  archived: z.boolean().optional(),
});
export type UpdateBoardInput = z.infer<typeof updateBoardSchema>;

export interface BoardView {
  id: string;
  title: string;
  description: string;
  source: string;
  departmentIds: string[];
  settings: BoardSettings;
  seq: number;
  createdAt: string;
  /** When the board was archived (read-only); null while it is in use. */
  archivedAt: string | null;
}

export interface BoardCounts {
  total: number;
  done: number;
  /** Not done and past the deadline. */
  overdue: number;
}

/** An entry of `GET /api/boards`: the board and how its tasks stand. */
export interface BoardSummary extends BoardView {
  counts: BoardCounts;
}

/** `GET /api/boards/:boardId`: the board, its tasks, and the event seq the snapshot is consistent with. */
export interface BoardSnapshot {
  board: BoardView;
  tasks: TaskView[];
  seq: number;
}

export const BOARD_ARCHIVE_FILTERS = ['exclude', 'include', 'only'] as const;
export type BoardArchiveFilter = (typeof BOARD_ARCHIVE_FILTERS)[number];

/** `GET /api/boards?q=&archived=`: boards whose title contains `q` (any case); archived boards only on request. */
export const listBoardsQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  archived: z.enum(BOARD_ARCHIVE_FILTERS).default('exclude'),
});
export type ListBoardsQuery = z.infer<typeof listBoardsQuerySchema>;

export const boardEventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).max(MAX_INT4).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type BoardEventsQuery = z.infer<typeof boardEventsQuerySchema>;
