import { reminderRefusal, type CreateReminderInput, type ReminderView } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { NotificationsService } from '../notifications/notifications.service';
import { refuse } from '../tasks/task-lifecycle';
import { TaskQueries } from '../tasks/task-queries';
import { TasksService } from '../tasks/tasks.service';
import { ReminderEntity } from './reminder.entity';
import { toReminderView } from './reminder.mapper';
import { ReminderWriter } from './reminder-writer';

/** 催办: a supervisor pushes a task's lead department; every reminder is recorded on the task. */
@Injectable()
export class RemindersService {
  constructor(
    @InjectRepository(ReminderEntity) private readonly reminders: Repository<ReminderEntity>,
    private readonly tasks: TasksService,
    private readonly taskQueries: TaskQueries,
    private readonly boards: BoardsService,
    private readonly changes: BoardChangeService,
    private readonly writer: ReminderWriter,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, taskId: string): Promise<ReminderView[]> {
    await this.tasks.findVisible(user, taskId);
    const rows = await this.reminders.find({ where: { taskId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toReminderView);
  }

  async send(user: AuthUser, taskId: string, input: CreateReminderInput): Promise<ReminderView> {
    const task = await this.tasks.findVisible(user, taskId);
    refuse(reminderRefusal(user, task));
    const board = await this.boards.getVisible(user, task.boardId);
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      // Checked again under the board lock: the task may have been closed or unassigned meanwhile.
      const current = await this.taskQueries.findById(taskId, manager);
      if (!current) throw DomainError.notFound('Task');
      refuse(reminderRefusal(user, current));
      const sent = await this.writer.write(manager, board, current, {
        fromUserId: user.id,
        level: 'department',
        message: input.message,
        at: this.clock.now(),
      });
      return { result: sent, event: { type: 'reminder.sent', data: sent.reminder, changes: sent.changes } };
    });
    this.notifications.publish(result.notifications);
    return result.reminder;
  }
}
