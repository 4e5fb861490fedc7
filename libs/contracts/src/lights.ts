import type { TaskStatus } from './common';

export const LIGHTS = ['green', 'yellow', 'red', 'none'] as const;
/** 红黄绿灯: green on track (or done), yellow due soon, red overdue and not done, none without a deadline. */
export type Light = (typeof LIGHTS)[number];

export const DEFAULT_DUE_SOON_DAYS = 7;

/** Whole days from `from` to `to`, both "YYYY-MM-DD" calendar dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

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
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
