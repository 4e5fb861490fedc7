import {
  canManageTasks,
  hasVisibleText,
  type CreateTaskInput,
  type ImportMinutesInput,
  type ImportMinutesResult,
  type MinutesSummary,
  type MinutesTaskDraft,
  type MinutesView,
  type TaskView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TaskQueries } from '../tasks/task-queries';
import { taskCreatedEvent } from '../tasks/task-writes';
import { TasksService } from '../tasks/tasks.service';
import { MinutesEntity } from './minutes.entity';

/** The longest title a minutes text gets from its first line (the column's length). */
const MAX_TITLE_LENGTH = 200;

/**
 * Imported meeting minutes: kept with the board, and the source of the tasks made from their decisions.
 * The tasks themselves are the tasks domain's: created through `TasksService`, read through `TaskQueries`.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectRepository(MinutesEntity) private readonly minutes: Repository<MinutesEntity>,
    private readonly boards: BoardsService,
    private readonly changes: BoardChangeService,
    private readonly tasks: TasksService,
    private readonly taskQueries: TaskQueries,
    private readonly clock: Clock,
  ) {}

  /**
   * Keeps the minutes and creates a task per draft, in the drafts' order, in one board change: one
   * `task.created` event each, or nothing at all when any draft is refused (400 naming
   * `drafts.<index>.<field>`).
   */
  async import(user: AuthUser, boardId: string, input: ImportMinutesInput): Promise<ImportMinutesResult> {
    await this.boards.getVisible(user, boardId);
    if (!canManageTasks(user))
      throw DomainError.forbidden('Only supervisors and administrators create tasks from minutes');
    const title = input.title ?? titleOf(input.text);
    const drafts = input.drafts.map(toCreateTaskInput);
    for (const [index, draft] of drafts.entries()) {
      await this.tasks.assertCreatable(user, draft).catch(namingTheDraft(index));
    }
    const minutesId = randomUUID();
    const { result } = await this.changes.applyAll(boardId, user.id, async (manager) => {
      await manager.insert(MinutesEntity, {
        id: minutesId,
        boardId,
        title,
        text: input.text,
        createdById: user.id,
        createdAt: this.clock.now(),
      });
      const tasks: TaskView[] = [];
      for (const [index, draft] of input.drafts.entries()) {
        const source = { minutesId, sourceStart: draft.sourceStart, sourceEnd: draft.sourceEnd };
        tasks.push(await this.tasks.insertNew(manager, user, boardId, drafts[index]!, source));
      }
      return { result: { minutesId, tasks }, events: tasks.map(taskCreatedEvent) };
    });
    return result;
  }

  /** The minutes imported into a board, newest first (404 for a board the user may not see). */
  async list(user: AuthUser, boardId: string): Promise<MinutesSummary[]> {
    await this.boards.getVisible(user, boardId);
    const rows = await this.minutes.find({
      where: { boardId },
      select: { id: true, boardId: true, title: true, createdById: true, createdAt: true },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    const counts = await this.taskQueries.countFromMinutes(rows.map((row) => row.id));
    return rows.map((row) => toSummary(row, counts.get(row.id) ?? 0));
  }

  /** The minutes' text and the tasks made from it, in the order of their decisions. */
  async get(user: AuthUser, minutesId: string): Promise<MinutesView> {
    const minutes = await this.minutes.findOneBy({ id: minutesId });
    if (!minutes) throw DomainError.notFound('Minutes');
    await this.boards.getVisible(user, minutes.boardId).catch(() => {
      throw DomainError.notFound('Minutes');
    });
    const tasks = await this.taskQueries.fromMinutes(minutesId);
    return { ...toSummary(minutes, tasks.length), text: minutes.text, tasks };
  }
}

function toCreateTaskInput(draft: MinutesTaskDraft): CreateTaskInput {
  return {
    title: draft.title,
    description: draft.description,
    deadline: draft.deadline ?? null,
    leadDepartmentId: draft.leadDepartmentId ?? null,
    cooperatingDepartmentIds: draft.cooperatingDepartmentIds,
    responsibleLeaderId: draft.responsibleLeaderId ?? null,
  };
}

/** A task's refusal, said of the draft it came from: `leadDepartmentId` becomes `drafts.6.leadDepartmentId`. */
function namingTheDraft(index: number): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof DomainError) || !error.details) throw error;
    const details = error.details.map((detail) => ({ ...detail, field: `drafts.${index}.${detail.field}` }));
    const message = details.map((detail) => `${detail.field}: ${detail.message}`).join('; ');
    throw new DomainError(error.code, message, details, error.current);
  };
}

/** The minutes' first line that shows something, on one line and cut to the title's length. */
function titleOf(text: string): string {
  const line = text.split(/[\r\n\f\v\u2028\u2029]/).find(hasVisibleText);
  if (line === undefined) throw DomainError.invalidField('text', 'the minutes are empty');
  return [...line.replace(/\s+/g, ' ').trim()].slice(0, MAX_TITLE_LENGTH).join('');
}

function toSummary(minutes: MinutesEntity, taskCount: number): MinutesSummary {
  return {
    id: minutes.id,
    boardId: minutes.boardId,
    title: minutes.title,
    createdAt: minutes.createdAt.toISOString(),
    createdById: minutes.createdById,
    taskCount,
  };
}
