import {
  TASK_STATUSES,
  type BoardCounts,
  type CalendarDate,
  type TaskStatus,
  type TaskView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { TaskEntity } from './task.entity';
import { toTaskView } from './task.mapper';

/** A lead department's open task, for the reporting period's "who has not reported yet". */
export interface LedTask {
  taskId: string;
  departmentId: string;
}

/**
 * What other domains read of the task table, so that only tasks/ queries it: boards count and snapshot
 * tasks, the scheduler recomputes lights, reminders escalate overdue tasks, reports find who owes a report.
 * Pass a board change's `manager` to read inside its transaction.
 */
@Injectable()
export class TaskQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Total, done and overdue tasks per board, in one query. */
  async countByBoard(boardIds: readonly string[]): Promise<Map<string, BoardCounts>> {
    if (boardIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.boardId', 'boardId')
      .addSelect('COUNT(*)', 'total')
      .addSelect("COUNT(*) FILTER (WHERE task.status = 'done')", 'done')
      .addSelect("COUNT(*) FILTER (WHERE task.status <> 'done' AND task.deadline < :today)", 'overdue')
      .where('task.boardId IN (:...boardIds)', { boardIds, today: this.clock.today() })
      .groupBy('task.boardId')
      .getRawMany<{ boardId: string; total: string; done: string; overdue: string }>();
    return new Map(
      rows.map((row) => [
        row.boardId,
        { total: Number(row.total), done: Number(row.done), overdue: Number(row.overdue) },
      ]),
    );
  }

  /** A board's tasks in column order, read with the snapshot's (repeatable-read) `manager`. */
  async forSnapshot(manager: EntityManager, boardId: string): Promise<TaskView[]> {
    const tasks = await manager.find(TaskEntity, {
      where: { boardId },
      order: { status: 'ASC', position: 'ASC' },
    });
    return tasks.map(toTaskView);
  }

  /**
   * A board's tasks in board order (columns left to right, then down each column), a batch at a time, so a
   * reader of a large board (an export) never holds all of it: keyset pages on the (status, position) index.
   */
  async *inBoardOrder(
    boardId: string,
    options: { status?: TaskStatus | null; batchSize?: number } = {},
  ): AsyncGenerator<TaskView[]> {
    const batchSize = options.batchSize ?? 500;
    const statuses = options.status ? [options.status] : TASK_STATUSES;
    for (const status of statuses) {
      let after: { position: string; id: string } | null = null;
      for (;;) {
        const select = this.dataSource
          .createQueryBuilder(TaskEntity, 'task')
          .where('task.boardId = :boardId AND task.status = :status', { boardId, status })
          .orderBy('task.position', 'ASC')
          .addOrderBy('task.id', 'ASC')
          .take(batchSize);
        if (after) select.andWhere('(task.position, task.id) > (:position, :id)', after);
        const rows = await select.getMany();
        if (rows.length > 0) yield rows.map(toTaskView);
        if (rows.length < batchSize) break;
        const last = rows[rows.length - 1]!;
        after = { position: last.position, id: last.id };
      }
    }
  }

  /** How many tasks have the department as lead or cooperating department (deleting it is refused then). */
  countForDepartment(
    departmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager
      .createQueryBuilder(TaskEntity, 'task')
      .where('task.leadDepartmentId = :departmentId OR :departmentId = ANY(task.cooperatingDepartmentIds)', {
        departmentId,
      })
      .getCount();
  }

  /** The tasks made from imported minutes, in the order of their decisions in the text. */
  async fromMinutes(minutesId: string): Promise<TaskView[]> {
    const tasks = await this.dataSource.manager.find(TaskEntity, {
      where: { decisionMinutesId: minutesId },
      order: { decisionStart: 'ASC', decisionEnd: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return tasks.map(toTaskView);
  }

  /** How many tasks made from each of these minutes still exist, in one query. */
  async countFromMinutes(minutesIds: readonly string[]): Promise<Map<string, number>> {
    if (minutesIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.decisionMinutesId', 'minutesId')
      .addSelect('COUNT(*)', 'count')
      .where('task.decisionMinutesId IN (:...minutesIds)', { minutesIds })
      .groupBy('task.decisionMinutesId')
      .getRawMany<{ minutesId: string; count: string }>();
    return new Map(rows.map((row) => [row.minutesId, Number(row.count)]));
  }

  /** The task as stored now, or null; inside a board change pass its `manager`. */
  findById(taskId: string, manager: EntityManager = this.dataSource.manager): Promise<TaskEntity | null> {
    return manager.findOneBy(TaskEntity, { id: taskId });
  }

  /** A board's tasks whose light may be stale: open ones, and closed ones not (yet) green. */
  withLights(boardId: string): Promise<TaskEntity[]> {
    return this.dataSource.manager.find(TaskEntity, {
      where: [
        { boardId, status: Not('done') },
        { boardId, light: Not('green') },
      ],
    });
  }

  /** Open tasks with a lead department whose deadline is before `today`, oldest deadline first. */
  overdueForEscalation(today: CalendarDate): Promise<TaskEntity[]> {
    return this.dataSource
      .createQueryBuilder(TaskEntity, 'task')
      .where("task.status <> 'done'")
      .andWhere('task.deadline < :today', { today })
      .andWhere('task.leadDepartmentId IS NOT NULL')
      .orderBy('task.deadline', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .getMany();
  }

  /** A board's open tasks that have a lead department, by department, then in the order they were created. */
  async openLedTasks(boardId: string): Promise<LedTask[]> {
    return this.dataSource
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.id', 'taskId')
      .addSelect('task.leadDepartmentId', 'departmentId')
      .where('task.boardId = :boardId', { boardId })
      .andWhere("task.status <> 'done'")
      .andWhere('task.leadDepartmentId IS NOT NULL')
      .orderBy('task.leadDepartmentId', 'ASC')
      .addOrderBy('task.createdAt', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .getRawMany<LedTask>();
  }
}
