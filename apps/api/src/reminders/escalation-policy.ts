import {
  addDays,
  calendarDateOf,
  startOfDayMoment,
  type ReminderLevel,
  type TaskStatus,
} from '@duban/contracts';

/**
 * When an overdue task is escalated (逾期自动催办), as a pure function of the task, the reminders it already
 * has and the time: first the lead department is reminded, then, `escalationDays` calendar days later,
 * the responsible leader. Only automatic reminders sent since the deadline passed count, so a task whose
 * deadline moves and passes again is escalated afresh, and a supervisor's own reminders never hold the
 * automatic ones back.
 */

export interface EscalationTask {
  status: TaskStatus;
  /** "YYYY-MM-DD" */
  deadline: string | null;
  leadDepartmentId: string | null;
  responsibleLeaderId: string | null;
}

export interface SentReminder {
  level: ReminderLevel;
  /** null: sent automatically. */
  fromUserId: string | null;
  createdAt: Date;
}

export interface EscalationStep {
  level: ReminderLevel;
  message: string;
}

export function nextEscalation(
  task: EscalationTask,
  reminders: readonly SentReminder[],
  escalationDays: number,
  now: Date,
): EscalationStep | null {
  const { deadline } = task;
  if (task.status === 'done' || deadline === null || task.leadDepartmentId === null) return null;
  const today = calendarDateOf(now);
  if (deadline >= today) return null;

  const overdueFrom = startOfDayMoment(addDays(deadline, 1));
  const automatic = reminders.filter(
    (reminder) => reminder.fromUserId === null && reminder.createdAt >= overdueFrom,
  );
  const departmentReminder = latest(automatic.filter((reminder) => reminder.level === 'department'));
  if (!departmentReminder) {
    return { level: 'department', message: `Overdue since ${deadline}: please report progress` };
  }
  const escalated = automatic.some(
    (reminder) => reminder.level === 'leader' && reminder.createdAt >= departmentReminder.createdAt,
  );
  if (escalated || task.responsibleLeaderId === null) return null;
  const remindedOn = calendarDateOf(departmentReminder.createdAt);
  if (today < addDays(remindedOn, escalationDays)) return null;
  return {
    level: 'leader',
    message: `Overdue since ${deadline}; the lead department was reminded on ${remindedOn}: please follow up`,
  };
}

function latest(reminders: readonly SentReminder[]): SentReminder | undefined {
  return reminders.reduce<SentReminder | undefined>(
    (found, reminder) => (!found || reminder.createdAt > found.createdAt ? reminder : found),
    undefined,
  );
}
