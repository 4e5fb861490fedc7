import {
  fieldChanges,
  type BoardView,
  type FieldChange,
  type NotificationView,
  type ReminderLevel,
  type ReminderView,
  type TaskView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NotificationsService, type Recipient } from '../notifications/notifications.service';
import { UserDirectory } from '../users/user-directory';
import { ReminderEntity } from './reminder.entity';
import { toReminderView } from './reminder.mapper';

export interface NewReminder {
  /** null: sent automatically. */
  fromUserId: string | null;
  level: ReminderLevel;
  message: string;
  at: Date;
}

/** The task reminded, as much of it as the reminder and its notifications need. */
export type RemindedTask = Pick<
  TaskView,
  'id' | 'boardId' | 'title' | 'deadline' | 'leadDepartmentId' | 'responsibleLeaderId'
>;

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
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UserDirectory,
  ) {}

  async write(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    task: RemindedTask,
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
      await this.recipientsOf(manager, task, input.level),
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

  private async recipientsOf(
    manager: EntityManager,
    task: RemindedTask,
    level: ReminderLevel,
  ): Promise<Recipient[]> {
    switch (level) {
      case 'department':
        if (task.leadDepartmentId === null) return [];
        return this.users.membersOf(task.leadDepartmentId, manager);
      case 'leader':
        if (task.responsibleLeaderId === null) return [];
        return this.users.findById(task.responsibleLeaderId, manager);
    }
  }
}
