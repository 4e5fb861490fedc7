import { z } from 'zod';
import type { CalendarDate } from './calendar';
import type { UserRole } from './common';
import { isTimeZone } from './stats';

/**
 * "Waiting for me" (待我处理) on the dashboard: the tasks that wait for the caller, by role, over the boards in
 * use they may see (restricted boards they may not see and archived boards left out). Named sections, so a
 * section can be added without changing the others:
 * - leader: `overdue` (they are the responsible leader, past the deadline, not closed; most overdue first),
 *   `escalated` (a leader-level reminder reached them since the deadline passed, and the task is not closed;
 *   oldest escalation first), `awaitingInstruction` (escalated, and they have given no instruction, 批示, on
 *   the task since the latest escalation: the department waits for their word; longest wait first);
 * - supervisor and administrator: `awaitingVerification` (待审核, oldest submission first), `longestUnsigned`
 *   (handed to a lead department that has not signed for it, longest wait first);
 * - member: what awaits their department: `unsigned` (待签收), `returned` (sent back by verification and not
 *   submitted again), `reportsMissing` (no progress report this reporting period).
 */

export const WAITING_SECTION_KEYS = [
  'overdue',
  'escalated',
  'awaitingInstruction',
  'awaitingVerification',
  'longestUnsigned',
  'unsigned',
  'returned',
  'reportsMissing',
] as const;
export type WaitingSectionKey = (typeof WAITING_SECTION_KEYS)[number];

/** The sections of each role, in the order they are shown. */
export const WAITING_SECTIONS_OF: Record<UserRole, readonly WaitingSectionKey[]> = {
  leader: ['overdue', 'escalated', 'awaitingInstruction'],
  supervisor: ['awaitingVerification', 'longestUnsigned'],
  admin: ['awaitingVerification', 'longestUnsigned'],
  member: ['unsigned', 'returned', 'reportsMissing'],
};

/** At most this many items per section; `total` says how many there are. */
export const MAX_WAITING_ITEMS = 20;

/** `GET /api/me/waiting?tz=`: `tz` is the viewer's IANA zone, where "today" and the days are read. */
export const waitingQuerySchema = z.strictObject({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, { message: 'Not a known IANA time zone (such as Asia/Shanghai)' })
    .optional(),
});
export type WaitingQuery = z.infer<typeof waitingQuerySchema>;

/** One task that waits, with enough to link to it (`/boards/:boardId/tasks/:taskId`). */
export interface WaitingItem {
  taskId: string;
  title: string;
  boardId: string;
  boardTitle: string;
  leadDepartmentId: string | null;
  leadDepartmentName: string | null;
  deadline: CalendarDate | null;
  /**
   * The section's figure in whole days, in the viewer's zone: overdue, days past the deadline; escalated,
   * since the first leader-level reminder after the deadline passed; awaitingInstruction, since the latest
   * one (the escalation still unanswered by an instruction); awaitingVerification, since it was
   * submitted; longestUnsigned and unsigned, since it was handed over (`assignedAt`, else `createdAt`);
   * returned and reportsMissing, days past the deadline when overdue, else null.
   */
  days: number | null;
  /** Since when it waits (ISO instant): the escalation, the submission, the handing over; null otherwise. */
  since: string | null;
  /** How many times verification returned it (退回). */
  returnCount: number;
}

export interface WaitingSection {
  key: WaitingSectionKey;
  /** Every task of the section. */
  total: number;
  /** The first MAX_WAITING_ITEMS, in the section's order. */
  items: WaitingItem[];
}

export interface WaitingForMe {
  asOf: string;
  timeZone: string;
  today: CalendarDate;
  role: UserRole;
  /** WAITING_SECTIONS_OF[role], in that order (a member without a department gets them empty). */
  sections: WaitingSection[];
}
