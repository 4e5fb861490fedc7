import { z } from 'zod';

/**
 * Why someone was notified: a reminder to their department, an overdue task escalated to them as its
 * responsible leader, an @mention in a comment, a leader's instruction to their department (its start in
 * `message`), or their instruction answered (the reply's start in `message`).
 */
export const NOTIFICATION_KINDS = [
  'reminder',
  'escalation',
  'mention',
  'instruction',
  'instruction_answered',
] as const;
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
  /**
   * English for automatic reminders (actorId null); clients build their own text from kind and deadline.
   * For a mention: the start of the comment's Markdown source, as written; clients show its plain words.
   */
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

/** One `@username` in a text: where it starts, where it ends (exclusive) and the username it names. */
export interface MentionSpan {
  username: string;
  start: number;
  end: number;
}

/**
 * Every @mention in a text, in order, repeats included: the one definition of a mention, used by the
 * server to notify and by the browser to show mentions. A trailing "." belongs to the sentence, not the
 * name ("thanks @li.na." mentions li.na); an e-mail address (a@b.c) is not a mention, nor a one-letter name.
 */
export function findMentions(text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  for (const match of text.matchAll(MENTION)) {
    const username = match[1]!.replace(/\.+$/, '');
    if (username.length < 2) continue;
    spans.push({ username, start: match.index, end: match.index + 1 + username.length });
  }
  return spans;
}

/** The usernames a comment mentions, each once, in order. */
export function mentionedUsernames(body: string): string[] {
  return [...new Set(findMentions(body).map((mention) => mention.username))];
}
