import {
  calendarDateIn,
  matchesTaskFilters,
  taskFiltersFromQuery,
  type BoardView,
  type StatsQuery,
  type TaskNames,
  type TaskStats,
  type TaskView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService, toBoardView } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DepartmentsService } from '../departments/departments.service';
import { ReportingService } from '../reports/reporting.service';
import { TaskQueries } from '../tasks/task-queries';
import { UsersService } from '../users/users.service';
import { countFigures, type CountedBoard } from './stats-figures';

/** The leaders' figures (领导驾驶舱) over the tasks the caller may see, narrowed by the table's filters. */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly boards: BoardsService,
    private readonly tasks: TaskQueries,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly reporting: ReportingService,
    private readonly clock: Clock,
  ) {}

  /** One board the caller may see (archived ones too: they keep their figures); 404 otherwise. */
  async forBoard(user: AuthUser, boardId: string, query: StatsQuery): Promise<TaskStats> {
    const board = toBoardView(await this.boards.getVisible(user, boardId));
    return this.count(user, [board], query);
  }

  /** Every board in use the caller may see (archived boards left out, as in the boards list). */
  async forAll(user: AuthUser, query: StatsQuery): Promise<TaskStats> {
    return this.count(user, await this.boards.list(user), query);
  }

  private async count(user: AuthUser, boards: readonly BoardView[], query: StatsQuery): Promise<TaskStats> {
    const now = this.clock.now();
    const timeZone = query.tz ?? null;
    const today = calendarDateIn(now, timeZone);
    const filters = taskFiltersFromQuery(query);
    const names = filters.text === '' ? NO_NAMES : await this.names();
    const counted = await Promise.all(
      boards.map(async (board): Promise<CountedBoard> => {
        const [tasks, reportsMissing] = await Promise.all([
          this.tasks.forSnapshot(this.dataSource.manager, board.id),
          this.missingReports(user, board),
        ]);
        return {
          board,
          tasks: tasks.filter((task) => matchesTaskFilters(task, filters, today, names)),
          reportsMissing,
        };
      }),
    );
    const departmentIds = counted.flatMap(({ tasks }) => tasks.flatMap(departmentsOf));
    const figures = countFigures(counted, { today, timeZone }, await this.departments.namesOf(departmentIds));
    return {
      asOf: now.toISOString(),
      timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      today,
      ...figures,
    };
  }

  /** The tasks lacking their lead department's report this period (the reports module's own rule). */
  private async missingReports(user: AuthUser, board: BoardView): Promise<Set<string>> {
    if (board.settings.reportCadence === 'none') return new Set();
    const { missing } = await this.reporting.forBoard(user, board.id);
    return new Set(missing.flatMap((entry) => entry.taskIds));
  }

  /** Department and people names for the search (title, description, departments', people's names). */
  private async names(): Promise<TaskNames> {
    const [departments, users] = await Promise.all([this.departments.list(), this.users.list()]);
    const departmentNames = new Map(departments.map((department) => [department.id, department.name]));
    const userNames = new Map(users.map((person) => [person.id, person.displayName]));
    return {
      departmentName: (id) => (id === null ? '' : (departmentNames.get(id) ?? '')),
      userName: (id) => (id === null ? '' : (userNames.get(id) ?? '')),
    };
  }
}

const NO_NAMES: TaskNames = { departmentName: () => '', userName: () => '' };

function departmentsOf(task: TaskView): string[] {
  return task.leadDepartmentId === null
    ? task.cooperatingDepartmentIds
    : [task.leadDepartmentId, ...task.cooperatingDepartmentIds];
}
