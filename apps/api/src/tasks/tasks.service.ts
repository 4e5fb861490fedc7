import {
  DEFAULT_BOARD_SETTINGS,
  canManageTasks,
  deleteRefusal,
  fieldChanges,
  statusChangeRefusal,
  type BoardEvent,
  type CreateTaskInput,
  type DecisionSource,
  type EditableTaskField,
  type MoveTaskInput,
  type TaskView,
  type UpdateTaskInput,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardEventsService } from '../board-events/board-events.service';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';
import { assignmentPatch, newTaskWorkflow, refuse, statusChangePatch } from './task-lifecycle';
import { refreshLight } from './task-lights';
import { keyAfter, keyAtEndOfColumn, sitsAfter } from './task-ordering';
import {
  assertCanEdit,
  assertVersion,
  lockTask,
  taskCreatedEvent,
  unique,
  updateIfVersion,
  type LightContext,
} from './task-writes';
import { TaskEntity } from './task.entity';
import { toTaskView } from './task.mapper';

type TaskReferences = Pick<
  CreateTaskInput,
  'leadDepartmentId' | 'cooperatingDepartmentIds' | 'responsibleLeaderId' | 'assigneeIds'
>;

@Injectable()
export class TasksService {
  constructor(
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    private readonly boards: BoardsService,
    private readonly changes: BoardChangeService,
    private readonly boardEvents: BoardEventsService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser, taskId: string): Promise<TaskView> {
    return toTaskView(await this.findVisible(user, taskId));
  }

  async history(user: AuthUser, taskId: string): Promise<BoardEvent[]> {
    const task = await this.findVisible(user, taskId);
    return this.boardEvents.taskHistory(task.boardId, taskId);
  }

  async create(user: AuthUser, boardId: string, input: CreateTaskInput): Promise<TaskView> {
    await this.boards.getVisible(user, boardId);
    if (!canManageTasks(user))
      throw DomainError.forbidden('Only supervisors and administrators create tasks');
    await this.assertCreatable(user, input);
    const { result } = await this.changes.apply(boardId, user.id, async (manager) => {
      const task = await this.insertNew(manager, user, boardId, input);
      return { result: task, event: taskCreatedEvent(task) };
    });
    return result;
  }

  /**
   * What a new task must pass before it is inserted (the caller checked the board and the role): its
   * departments, leader and assignees exist (departments not archived), and it may start in its status.
   * A 400 names the field of `input`.
   */
  async assertCreatable(user: AuthUser, input: CreateTaskInput): Promise<void> {
    await this.assertReferencesExist(input);
    refuse(statusChangeRefusal(user, newTaskWorkflow(input), input.status ?? 'todo'));
  }

  /**
   * Inserts a task that passed `assertCreatable`, at the end of its column, inside the board change of
   * `manager`; the caller records its `task.created` event (`taskCreatedEvent`). `decisionSource`: the
   * decision of imported minutes it is made from.
   */
  async insertNew(
    manager: EntityManager,
    user: AuthUser,
    boardId: string,
    input: CreateTaskInput,
    decisionSource: DecisionSource | null = null,
  ): Promise<TaskView> {
    const id = randomUUID();
    const status = input.status ?? 'todo';
    await manager.insert(TaskEntity, {
      id,
      boardId,
      title: input.title,
      description: input.description ?? '',
      kind: input.kind ?? 'task',
      status,
      position: await keyAtEndOfColumn(manager, boardId, status),
      leadDepartmentId: input.leadDepartmentId ?? null,
      cooperatingDepartmentIds: unique(input.cooperatingDepartmentIds ?? []),
      responsibleLeaderId: input.responsibleLeaderId ?? null,
      assigneeIds: unique(input.assigneeIds ?? []),
      deadline: input.deadline ?? null,
      progress: input.progress ?? 0,
      labels: unique(input.labels ?? []),
      problem: input.problem ?? '',
      source: input.source ?? '',
      measures: input.measures ?? '',
      result: input.result ?? '',
      evidence: input.evidence ?? '',
      evidenceLinks: unique(input.evidenceLinks ?? []),
      assignedAt: input.leadDepartmentId ? this.clock.now() : null,
      version: 1,
      commentCount: 0,
      attachmentCount: 0,
      createdById: user.id,
      decisionMinutesId: decisionSource?.minutesId ?? null,
      decisionStart: decisionSource?.sourceStart ?? null,
      decisionEnd: decisionSource?.sourceEnd ?? null,
    });
    const created = await manager.findOneByOrFail(TaskEntity, { id });
    return toTaskView((await refreshLight(manager, created, this.clock.today())).task);
  }

  async update(user: AuthUser, taskId: string, input: UpdateTaskInput): Promise<TaskView> {
    const { version, ...changes } = input;
    const fields = Object.keys(changes) as EditableTaskField[];
    const { task, light } = await this.findVisibleOnBoard(user, taskId);
    if (fields.length === 0) {
      assertCanEdit(user, task, fields);
      assertVersion(task, version);
      return toTaskView(task);
    }
    await this.assertReferencesExist(changes, task);
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      const current = await lockTask(manager, taskId);
      assertCanEdit(user, current, fields);
      assertVersion(current, version);
      const now = this.clock.now();
      const patch: Partial<TaskEntity> = {
        ...changes,
        ...assignmentPatch(current, changes.leadDepartmentId, now),
      };
      if (changes.status !== undefined)
        Object.assign(patch, statusChangePatch(user, current, changes.status, now, patch));
      if (changes.cooperatingDepartmentIds)
        patch.cooperatingDepartmentIds = unique(changes.cooperatingDepartmentIds);
      if (changes.assigneeIds) patch.assigneeIds = unique(changes.assigneeIds);
      if (changes.labels) patch.labels = unique(changes.labels);
      if (changes.status !== undefined && changes.status !== current.status) {
        patch.position = await keyAtEndOfColumn(manager, current.boardId, changes.status);
      }
      const updated = await updateIfVersion(manager, current, version, patch, light);
      const before = toTaskView(current);
      const changed = fieldChanges('task', before, updated);
      // Saving the values the task already has changes nothing: no new version, no event.
      if (changed.length === 0) return { result: before, event: null };
      return { result: updated, event: { type: 'task.updated', data: updated, changes: changed } };
    });
    return result;
  }

  async move(user: AuthUser, taskId: string, input: MoveTaskInput): Promise<TaskView> {
    const { task, light } = await this.findVisibleOnBoard(user, taskId);
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      const current = await lockTask(manager, taskId);
      assertCanEdit(user, current, input.status === current.status ? [] : ['status']);
      assertVersion(current, input.version);
      const lifecycle = statusChangePatch(user, current, input.status, this.clock.now());
      const afterPosition = await positionOfAfterTask(manager, current, input);
      // Dropping a card where it already is changes nothing: no new version, no event.
      if (input.status === current.status && (await sitsAfter(manager, current, afterPosition))) {
        return { result: toTaskView(current), event: null };
      }
      const position = await keyAfter(manager, current.boardId, input.status, afterPosition, taskId);
      const updated = await updateIfVersion(
        manager,
        current,
        input.version,
        { ...lifecycle, status: input.status, position },
        light,
      );
      return {
        result: updated,
        event: {
          type: 'task.moved',
          data: updated,
          changes: fieldChanges('task', toTaskView(current), updated),
        },
      };
    });
    return result;
  }

  async remove(user: AuthUser, taskId: string, version: number): Promise<void> {
    const task = await this.findVisible(user, taskId);
    if (!canManageTasks(user))
      throw DomainError.forbidden('Only supervisors and administrators delete tasks');
    await this.changes.apply(task.boardId, user.id, async (manager) => {
      const current = await lockTask(manager, taskId);
      refuse(deleteRefusal(current));
      assertVersion(current, version);
      await manager.delete(TaskEntity, { id: taskId, version });
      // The event keeps what was deleted: the log, not the tasks table, is the record of it.
      const changes = fieldChanges('task', toTaskView(current), null);
      return { result: undefined, event: { type: 'task.deleted', data: { id: taskId }, changes } };
    });
  }

  /** The titles of a board's tasks, by task id (for names in exports; the caller checked access). */
  async titlesOn(boardId: string): Promise<Map<string, string>> {
    const rows = await this.tasks.find({ where: { boardId }, select: { id: true, title: true } });
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  /** The task, if it exists on a board the user may see (404 otherwise). */
  async findVisible(user: AuthUser, taskId: string): Promise<TaskEntity> {
    return (await this.findVisibleOnBoard(user, taskId)).task;
  }

  /**
   * The task if the user may see its board, with what a write needs of the board (its due-soon days, for
   * the light), read before the write so the board stays locked for as short a time as possible.
   */
  async findVisibleOnBoard(
    user: AuthUser,
    taskId: string,
  ): Promise<{ task: TaskEntity; light: LightContext }> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task) throw DomainError.notFound('Task');
    const board = await this.boards.getVisible(user, task.boardId).catch(() => {
      throw DomainError.notFound('Task');
    });
    const { dueSoonDays } = { ...DEFAULT_BOARD_SETTINGS, ...board.settings };
    return { task, light: { today: this.clock.today(), dueSoonDays } };
  }

  /**
   * Every id names someone or something that exists; a department newly given to the task must not be
   * archived (one the task already had may stay: `current`).
   */
  private async assertReferencesExist(input: TaskReferences, current?: TaskEntity): Promise<void> {
    if (input.leadDepartmentId)
      await this.departments.assertAssignable(
        [input.leadDepartmentId],
        'leadDepartmentId',
        current?.leadDepartmentId ? [current.leadDepartmentId] : [],
      );
    await this.departments.assertAssignable(
      input.cooperatingDepartmentIds ?? [],
      'cooperatingDepartmentIds',
      current?.cooperatingDepartmentIds ?? [],
    );
    if (input.responsibleLeaderId)
      await this.users.assertExist([input.responsibleLeaderId], 'responsibleLeaderId');
    await this.users.assertExist(input.assigneeIds ?? [], 'assigneeIds');
  }
}

async function positionOfAfterTask(
  manager: EntityManager,
  task: TaskEntity,
  input: MoveTaskInput,
): Promise<string | null> {
  if (input.afterTaskId === null) return null;
  if (input.afterTaskId === task.id)
    throw DomainError.invalidField('afterTaskId', 'cannot be the task itself');
  const after = await manager.findOneBy(TaskEntity, { id: input.afterTaskId });
  if (!after || after.boardId !== task.boardId) {
    throw DomainError.invalidField('afterTaskId', 'no such task on this board');
  }
  if (after.status !== input.status) {
    throw DomainError.invalidField('afterTaskId', `that task is not in the "${input.status}" column`);
  }
  return after.position;
}
