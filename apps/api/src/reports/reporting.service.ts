import {
  DEFAULT_BOARD_SETTINGS,
  reportingPeriod,
  startOfDayMoment,
  type BoardReporting,
  type MissingReports,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { TaskQueries, type LedTask } from '../tasks/task-queries';
import { ProgressReportEntity } from './progress-report.entity';

/** Which lead departments still owe their open tasks a report for the board's current reporting period. */
@Injectable()
export class ReportingService {
  constructor(
    @InjectRepository(ProgressReportEntity) private readonly reports: Repository<ProgressReportEntity>,
    private readonly tasks: TaskQueries,
    private readonly boards: BoardsService,
    private readonly clock: Clock,
  ) {}

  async forBoard(user: AuthUser, boardId: string): Promise<BoardReporting> {
    const board = await this.boards.getVisible(user, boardId);
    const period = reportingPeriod({ ...DEFAULT_BOARD_SETTINGS, ...board.settings }, this.clock.today());
    if (!period) return { period: null, missing: [] };
    const led = await this.tasks.openLedTasks(boardId);
    // The period starts at midnight where the server is, as Clock.today() counts days.
    const reported = await this.reportedSince(led, startOfDayMoment(period.start));
    const rows = led.filter((task) => !reported.has(`${task.taskId}/${task.departmentId}`));
    return { period, missing: groupByDepartment(rows) };
  }

  /** "taskId/departmentId" of each task its lead department reported on since `since`. */
  private async reportedSince(tasks: readonly LedTask[], since: Date): Promise<Set<string>> {
    if (tasks.length === 0) return new Set();
    const reports = await this.reports.find({
      where: { taskId: In(tasks.map((task) => task.taskId)), reportedAt: MoreThanOrEqual(since) },
      select: { id: true, taskId: true, departmentId: true },
    });
    return new Set(reports.map((report) => `${report.taskId}/${report.departmentId}`));
  }
}

function groupByDepartment(rows: { taskId: string; departmentId: string }[]): MissingReports[] {
  const byDepartment = new Map<string, string[]>();
  for (const { taskId, departmentId } of rows) {
    byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), taskId]);
  }
  return [...byDepartment].map(([departmentId, taskIds]) => ({ departmentId, taskIds }));
}
