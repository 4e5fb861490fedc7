import type { NotificationView } from '@duban/contracts';
import type { NotificationEntity } from './notification.entity';

export function toNotificationView(notification: NotificationEntity): NotificationView {
  return {
    id: notification.id,
    userId: notification.userId,
    kind: notification.kind,
    boardId: notification.boardId,
    taskId: notification.taskId,
    taskTitle: notification.taskTitle,
    message: notification.message,
    deadline: notification.deadline,
    actorId: notification.actorId,
    createdAt: notification.createdAt.toISOString(),
    readAt: notification.readAt ? notification.readAt.toISOString() : null,
  };
}
