import {
  DEFAULT_BOARD_SETTINGS,
  reportingPeriod,
  type BoardReporting,
  type MissingReports,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { TaskEntity } from '../tasks/task.entity';
import { ProgressReportEntity } from './progress-report.entity';

/** Which lead departments still owe their open tasks a report for the board's current reporting period. */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly boards: BoardsService,
    private readonly clock: Clock,
  ) {}

  async forBoard(user: AuthUser, boardId: string): Promise<BoardReporting> {
    const board = await this.boards.getVisible(user, boardId);
    const period = reportingPeriod({ ...DEFAULT_BOARD_SETTINGS, ...board.settings }, this.clock.today());
    if (!period) return { period: null, missing: [] };
    const rows = await this.dataSource
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.id', 'taskId')
      .addSelect('task.leadDepartmentId', 'departmentId')
      .where('task.boardId = :boardId', { boardId })
      .andWhere("task.status <> 'done'")
      .andWhere('task.leadDepartmentId IS NOT NULL')
      .andWhere((query) => {
        const reported = query
          .subQuery()
          .select('1')
          .from(ProgressReportEntity, 'report')
          .where('report.taskId = task.id')
          .andWhere('report.departmentId = task.leadDepartmentId')
          .andWhere('report.reportedAt >= :since')
          .getQuery();
        return `NOT EXISTS ${reported}`;
      })
      // The period starts at midnight where the server is, as Clock.today() counts days.
      .setParameter('since', new Date(`${period.start}T00:00:00`))
      .orderBy('task.leadDepartmentId', 'ASC')
      .addOrderBy('task.createdAt', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .getRawMany<{ taskId: string; departmentId: string }>();
    return { period, missing: groupByDepartment(rows) };
  }
}

function groupByDepartment(rows: { taskId: string; departmentId: string }[]): MissingReports[] {
  const byDepartment = new Map<string, string[]>();
  for (const { taskId, departmentId } of rows) {
    byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), taskId]);
  }
  return [...byDepartment].map(([departmentId, taskIds]) => ({ departmentId, taskIds }));
}
