import { z } from 'zod';
import { isSupervising } from './access-policy';
import { requiredText, type TaskStatus, type UserRole } from './common';
import type { Refusal } from './workflow';

/** Who a reminder (催办) goes to: the lead department's members, or (escalated) the responsible leader. */
export const REMINDER_LEVELS = ['department', 'leader'] as const;
export type ReminderLevel = (typeof REMINDER_LEVELS)[number];

export const createReminderSchema = z.strictObject({
  message: requiredText(2000),
});
export type CreateReminderInput = z.infer<typeof createReminderSchema>;

/** A reminder as recorded on its task; `fromUserId` null: sent automatically because the task is overdue. */
export interface ReminderView {
  id: string;
  taskId: string;
  boardId: string;
  fromUserId: string | null;
  level: ReminderLevel;
  /** English for automatic reminders; clients build their own text from `level` and `deadline`. */
  message: string;
  /** The task's deadline when the reminder was sent: for an automatic one, the deadline that was missed. */
  deadline: string | null;
  createdAt: string;
}

/** Why the user may not send a reminder about this task now; null when they may. */
export function reminderRefusal(
  actor: { role: UserRole },
  task: { status: TaskStatus; leadDepartmentId: string | null },
): Refusal {
  if (!isSupervising(actor)) return 'Only supervisors and administrators send reminders';
  if (task.leadDepartmentId === null) return 'The task has no lead department to remind yet';
  if (task.status === 'done') return 'The task is done: there is nothing to remind about';
  return null;
}
