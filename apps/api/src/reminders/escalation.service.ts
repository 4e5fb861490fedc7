import { calendarDateOf, DEFAULT_BOARD_SETTINGS, type BoardView, type ReminderView } from '@duban/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardsService } from '../boards/boards.service';
import { describeUnexpectedError } from '../common/unexpected-error-log';
import { NotificationsService } from '../notifications/notifications.service';
import { TaskQueries } from '../tasks/task-queries';
import { nextEscalation } from './escalation-policy';
import { ReminderEntity } from './reminder.entity';
import { ReminderWriter } from './reminder-writer';

/**
 * Escalates overdue tasks (see escalation-policy.ts): reminds the lead department, then the responsible
 * leader. It has no timer of its own: a scheduler calls `run`. Running it again sends nothing more, and
 * two runs at once cannot both send, because each step is decided again under the board's lock.
 */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger(EscalationService.name);

  constructor(
    @InjectRepository(ReminderEntity) private readonly reminders: Repository<ReminderEntity>,
    private readonly tasks: TaskQueries,
    private readonly boards: BoardsService,
    private readonly changes: BoardChangeService,
    private readonly writer: ReminderWriter,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends every automatic reminder due at `now`; answers what it sent. */
  async run(now: Date): Promise<ReminderView[]> {
    const today = calendarDateOf(now);
    const tasks = await this.tasks.overdueForEscalation(today);
    if (tasks.length === 0) return [];
    const reminders = await this.automaticRemindersOf(tasks.map((task) => task.id));
    const boards = await this.boards.findAll([...new Set(tasks.map((task) => task.boardId))]);
    const boardById = new Map(boards.map((board) => [board.id, board]));
    const sent: ReminderView[] = [];
    for (const task of tasks) {
      const board = boardById.get(task.boardId);
      if (!board) continue;
      const ofTask = reminders.filter((reminder) => reminder.taskId === task.id);
      if (!nextEscalation(task, ofTask, escalationDaysOf(board), now)) continue;
      try {
        const reminder = await this.escalate(board, task.id, now);
        if (reminder) sent.push(reminder);
      } catch (error) {
        // One task's failure must not keep the others from being escalated; the next run retries it.
        this.logger.error(`Could not escalate task ${task.id}`, describeUnexpectedError(error));
      }
    }
    return sent;
  }

  private async escalate(board: BoardView, taskId: string, now: Date): Promise<ReminderView | null> {
    // Nobody sent it: the event has no actor, and `fromUserId: null` marks the reminder automatic.
    // Nothing left to send (the task is gone, or another run sent this step): the change records nothing.
    const { result: sent } = await this.changes.apply(board.id, null, async (manager) => {
      const task = await this.tasks.findById(taskId, manager);
      if (!task) return { result: null, event: null };
      const reminders = await manager.findBy(ReminderEntity, { taskId, fromUserId: IsNull() });
      const step = nextEscalation(task, reminders, escalationDaysOf(board), now);
      if (!step) return { result: null, event: null };
      const written = await this.writer.write(manager, board, task, { fromUserId: null, ...step, at: now });
      return {
        result: written,
        event: { type: 'reminder.sent', data: written.reminder, changes: written.changes },
      };
    });
    if (!sent) return null;
    this.notifications.publish(sent.notifications);
    return sent.reminder;
  }

  private automaticRemindersOf(taskIds: readonly string[]): Promise<ReminderEntity[]> {
    return this.reminders.findBy({ taskId: In([...taskIds]), fromUserId: IsNull() });
  }
}

function escalationDaysOf(board: Pick<BoardView, 'settings'>): number {
  return { ...DEFAULT_BOARD_SETTINGS, ...board.settings }.escalationDays;
}
