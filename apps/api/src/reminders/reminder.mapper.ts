import type { ReminderView } from '@duban/contracts';
import type { ReminderEntity } from './reminder.entity';

export function toReminderView(reminder: ReminderEntity): ReminderView {
  return {
    id: reminder.id,
    taskId: reminder.taskId,
    boardId: reminder.boardId,
    fromUserId: reminder.fromUserId,
    level: reminder.level,
    message: reminder.message,
    deadline: reminder.deadline,
    createdAt: reminder.createdAt.toISOString(),
  };
}
