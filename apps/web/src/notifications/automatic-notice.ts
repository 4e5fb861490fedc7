import type { NotificationView } from '@duban/contracts';

export type AutomaticNoticeKey = 'reminder' | 'reminderUndated' | 'escalation' | 'escalationUndated';

/**
 * Which of the client's own texts an automatic reminder or escalation reads as (the server's message is
 * English); null for what a person sent, whose message is shown as they wrote it.
 */
export function automaticNoticeKey(
  notification: Pick<NotificationView, 'kind' | 'actorId' | 'deadline'>,
): AutomaticNoticeKey | null {
  if (notification.actorId !== null) return null;
  switch (notification.kind) {
    case 'reminder':
      return notification.deadline ? 'reminder' : 'reminderUndated';
    case 'escalation':
      return notification.deadline ? 'escalation' : 'escalationUndated';
    case 'mention':
    case 'instruction':
    case 'instruction_answered':
      return null;
  }
}
