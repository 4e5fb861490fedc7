import { daysBetween, today } from './calendar';
import type { TaskStatus } from './common';

// Lights count days with the one calendar module; `daysBetween` stays importable from here.
export { daysBetween };

export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
/** 红黄绿灯: green on track (or done), yellow due soon, red overdue and not done, none without a deadline. */
export type Light = (typeof LIGHTS)[number];

export const DEFAULT_DUE_SOON_DAYS = 7;

export function taskLight(
  task: { status: TaskStatus; deadline: string | null },
  today: string,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): Light {
  if (task.status === 'done') return 'green';
  if (task.deadline === null) return 'none';
  const daysLeft = daysBetween(today, task.deadline);
  if (daysLeft < 0) return 'red';
  if (daysLeft <= dueSoonDays) return 'yellow';
  return 'green';
}

/** Today in the viewer's time zone, as "YYYY-MM-DD". */
export function localToday(now: Date = new Date()): string {
  return today(now);
}
