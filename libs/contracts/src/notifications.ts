import { z } from 'zod';

/**
 * Why someone was notified: a reminder to their department, an overdue task escalated to them as its
 * responsible leader, or an @mention in a comment.
 */
export const NOTIFICATION_KINDS = ['reminder', 'escalation', 'mention'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One entry of a user's notification centre; also sent live as the `notification` socket event. */
export interface NotificationView {
  id: string;
  userId: string;
  kind: NotificationKind;
  boardId: string;
  taskId: string | null;
  /** The task's title when the notification was made (it may have been renamed or deleted since). */
  taskTitle: string | null;
  /** English for automatic reminders (actorId null); clients build their own text from kind and deadline. */
  message: string;
  /** For reminders and escalations: the task's deadline when it was sent (the missed one, if automatic). */
  deadline: string | null;
  /** Who caused it; null when the system did (automatic reminders). */
  actorId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/notifications`: the newest notifications and how many of all of them are unread. */
export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** `POST /api/notifications/read-all`: how many were marked read. */
export interface NotificationsReadAllResult {
  marked: number;
}

export const notificationsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/** `@username` where the username is lower-case letters, digits, "_", "-" and "." (as users are stored). */
const MENTION = /(?<![\w.@-])@([a-z0-9_.-]+)/g;

/**
 * The usernames a comment mentions, each once, in order. A trailing "." belongs to the sentence, not the
 * name ("thanks @li.na." mentions li.na); an e-mail address (a@b.c) is not a mention.
 */
export function mentionedUsernames(body: string): string[] {
  const names = [...body.matchAll(MENTION)].map((match) => match[1]!.replace(/\.+$/, ''));
  return [...new Set(names.filter((name) => name.length >= 2))];
}
