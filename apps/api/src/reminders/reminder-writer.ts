import {
  fieldChanges,
  type BoardView,
  type FieldChange,
  type NotificationView,
  type ReminderLevel,
  type ReminderView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NotificationsService, type Recipient } from '../notifications/notifications.service';
import type { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';
import { ReminderEntity } from './reminder.entity';
import { toReminderView } from './reminder.mapper';

export interface NewReminder {
  /** null: sent automatically. */
  fromUserId: string | null;
  level: ReminderLevel;
  message: string;
  at: Date;
}

export interface SentReminderResult {
  reminder: ReminderView;
  /** To publish once the board change has committed. */
  notifications: NotificationView[];
  /** For the `reminder.sent` event. */
  changes: FieldChange[];
}

/**
 * Inside a board change: records a reminder on its task and notifies who it is for — the lead department's
 * members, or the responsible leader when it is escalated. The caller records the `reminder.sent` event.
 */
@Injectable()
export class ReminderWriter {
  constructor(private readonly notifications: NotificationsService) {}

  async write(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    task: TaskEntity,
    input: NewReminder,
  ): Promise<SentReminderResult> {
    const row = manager.create(ReminderEntity, {
      id: randomUUID(),
      taskId: task.id,
      boardId: task.boardId,
      fromUserId: input.fromUserId,
      level: input.level,
      message: input.message,
      deadline: task.deadline,
      createdAt: input.at,
    });
    await manager.insert(ReminderEntity, row);
    const notifications = await this.notifications.record(
      manager,
      board,
      await recipientsOf(manager, task, input.level),
      {
        kind: input.level === 'leader' ? 'escalation' : 'reminder',
        taskId: task.id,
        taskTitle: task.title,
        message: input.message,
        deadline: task.deadline,
        actorId: input.fromUserId,
        createdAt: input.at,
      },
    );
    const reminder = toReminderView(row);
    return { reminder, notifications, changes: fieldChanges('reminder', null, reminder) };
  }
}

const RECIPIENT_COLUMNS = { id: true, role: true, departmentId: true } as const;

async function recipientsOf(
  manager: EntityManager,
  task: TaskEntity,
  level: ReminderLevel,
): Promise<Recipient[]> {
  switch (level) {
    case 'department':
      if (task.leadDepartmentId === null) return [];
      return manager.find(UserEntity, {
        where: { departmentId: task.leadDepartmentId, role: 'member' },
        select: RECIPIENT_COLUMNS,
      });
    case 'leader':
      if (task.responsibleLeaderId === null) return [];
      return manager.find(UserEntity, { where: { id: task.responsibleLeaderId }, select: RECIPIENT_COLUMNS });
  }
}
