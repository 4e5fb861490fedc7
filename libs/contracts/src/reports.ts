import { z } from 'zod';
import { isSupervising, isTaskDepartmentMember } from './access-policy';
import type { BoardSettings } from './boards';
import { addDays, isCalendarDate, isoWeekStart, monthDay, monthStart, type CalendarDate } from './calendar';
import { requiredText, type TaskStatus } from './common';
import type { TaskView } from './tasks';
import type { UserView } from './users';
import { frozenFieldRefusal } from './workflow';

/** 进展反馈: a department's dated account of where a task stands, with a percent. */

export const createReportSchema = z.strictObject({
  text: requiredText(5000),
  progress: z.number().int().min(0).max(100),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

export interface ReportView {
  id: string;
  taskId: string;
  boardId: string;
  /** The author's department when they reported; null for a supervisor without one. */
  departmentId: string | null;
  authorId: string;
  text: string;
  progress: number;
  /** ISO timestamp. */
  reportedAt: string;
}

/** The `report.created` event: the report, plus the task when the report moved the task's progress. */
export interface ReportCreatedData extends ReportView {
  task?: TaskView;
}

type Reporter = Pick<UserView, 'id' | 'role' | 'departmentId'>;

interface ReportedTask {
  status: TaskStatus;
  leadDepartmentId: string | null;
  cooperatingDepartmentIds: string[];
}

/** Why the user may not report on the task as it is now; null when they may. */
export function reportRefusal(reporter: Reporter, task: ReportedTask): string | null {
  if (reporter.role === 'leader') return 'Leaders follow and comment on tasks; they do not report progress';
  if (!isSupervising(reporter) && !isTaskDepartmentMember(reporter, task)) {
    return "Only the task's lead or cooperating departments and supervisors report progress on it";
  }
  if (task.status === 'done') return 'The task is closed: no more progress reports';
  return null;
}

/**
 * The lead department answers for the task, so its report (or a supervisor's) sets the task's progress;
 * except while the task awaits verification, when its progress is part of the frozen submission and the
 * report is recorded beside it.
 */
export function reportSetsProgress(
  reporter: Reporter,
  task: Pick<ReportedTask, 'leadDepartmentId' | 'status'>,
): boolean {
  if (frozenFieldRefusal(task, 'progress') !== null) return false;
  if (isSupervising(reporter)) return true;
  return reporter.departmentId !== null && reporter.departmentId === task.leadDepartmentId;
}

/** The reporting period today falls in: reports dated on or after `start` count for it, due by `dueBy`. */
export interface ReportingPeriod {
  /** "YYYY-MM-DD", the first day of the period. */
  start: string;
  /** "YYYY-MM-DD", the day reports are due by. */
  dueBy: string;
}

/** `GET /api/boards/:boardId/reporting`: the lead departments of open tasks that have not reported yet. */
export interface BoardReporting {
  /** Null when the board has no reporting cadence. */
  period: ReportingPeriod | null;
  missing: MissingReports[];
}

export interface MissingReports {
  departmentId: string;
  /** The open tasks it leads without a report this period. */
  taskIds: string[];
}

/**
 * The current reporting period for a board's cadence, or null without one. Weekly: the ISO week (Monday to
 * Sunday) containing `today`, due on ISO weekday `reportDay` (a day past Sunday counts as Sunday).
 * Monthly: the calendar month, due on day `reportDay` (at most 28, so every month has it).
 */
export function reportingPeriod(
  settings: Pick<BoardSettings, 'reportCadence' | 'reportDay'>,
  today: CalendarDate,
): ReportingPeriod | null {
  if (!isCalendarDate(today)) throw new RangeError(`Not a calendar date: "${today}"`);
  switch (settings.reportCadence) {
    case 'none':
      return null;
    case 'weekly': {
      const monday = isoWeekStart(today);
      const dueWeekday = Math.min(Math.max(settings.reportDay, 1), 7);
      return { start: monday, dueBy: addDays(monday, dueWeekday - 1) };
    }
    case 'monthly': {
      const dueDay = Math.min(Math.max(settings.reportDay, 1), 28);
      return { start: monthStart(today), dueBy: monthDay(today, dueDay) };
    }
  }
}
