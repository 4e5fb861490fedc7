import {
  addDays,
  bulletinPeriod,
  calendarDateIn,
  daysBetween,
  isOverdue,
  rankDepartments,
  startOfDayIn,
  type Bulletin,
  type BulletinClosedTask,
  type BulletinOverdueTask,
  type BulletinPerson,
  type BulletinQuery,
  type BulletinTask,
  type TaskView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { InstructionsService } from '../comments/instructions.service';
import { DepartmentsService } from '../departments/departments.service';
import { StatsService } from '../stats/stats.service';
import { TrendService } from '../stats/trend.service';
import { TaskQueries } from '../tasks/task-queries';
import { UsersService } from '../users/users.service';

/**
 * The supervision bulletin (督办通报) of one board for a period: the stats' figures and ranking as of now,
 * the overdue tasks with their responsible leaders, and what was closed within the period (verified on a
 * day from `from` to `to` in the reader's zone).
 */
@Injectable()
export class BulletinService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly boards: BoardsService,
    private readonly stats: StatsService,
    private readonly tasks: TaskQueries,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly instructions: InstructionsService,
    private readonly trend: TrendService,
    private readonly clock: Clock,
  ) {}

  /** 404 for a board the caller may not see (archived boards keep their bulletins). */
  async forBoard(user: AuthUser, boardId: string, query: BulletinQuery): Promise<Bulletin> {
    const board = await this.boards.getVisible(user, boardId);
    const zone = query.tz ?? null;
    const today = calendarDateIn(this.clock.now(), zone);
    const period = bulletinPeriod(query, today);
    const inPeriod = (instant: string) => {
      const day = calendarDateIn(new Date(instant), zone);
      return day >= period.from && day <= period.to ? day : null;
    };
    const endDay = period.to < today ? period.to : today;
    // Independent reads, at once: the stats, the tasks, the period's instructions, the replay of its last day.
    const [stats, tasks, instructions, atPeriodEnd] = await Promise.all([
      this.stats.forBoard(user, boardId, query.tz ? { tz: query.tz } : {}),
      this.tasks.forSnapshot(this.dataSource.manager, boardId),
      this.instructions.forBoardPeriod(
        boardId,
        startOfDayIn(period.from, zone),
        startOfDayIn(addDays(period.to, 1), zone),
        zone,
      ),
      endDay < period.from
        ? null
        : this.trend
            .forBoard(user, boardId, { ...(query.tz ? { tz: query.tz } : {}), from: endDay, to: endDay })
            .then((trend) => trend.days.at(-1) ?? null),
    ]);
    const [departmentNames, people] = await Promise.all([
      this.departments.namesOf(tasks.map((task) => task.leadDepartmentId)),
      this.users.list(),
    ]);
    const userNames = new Map(people.map((person) => [person.id, person.displayName]));
    const department = (id: string | null): BulletinPerson | null =>
      id === null ? null : { id, name: departmentNames.get(id) ?? id };
    const leader = (id: string | null): BulletinPerson | null =>
      id === null ? null : { id, name: userNames.get(id) ?? id };
    const listed = (task: TaskView): BulletinTask => ({
      taskId: task.id,
      title: task.title,
      status: task.status,
      leadDepartment: department(task.leadDepartmentId),
      responsibleLeader: leader(task.responsibleLeaderId),
      deadline: task.deadline,
    });

    const overdue: BulletinOverdueTask[] = [];
    const closed: BulletinClosedTask[] = [];
    let createdInPeriod = 0;
    for (const task of tasks) {
      if (inPeriod(task.createdAt)) createdInPeriod += 1;
      if (task.deadline !== null && isOverdue(task, today)) {
        overdue.push({
          ...listed(task),
          deadline: task.deadline,
          daysOverdue: daysBetween(task.deadline, today),
        });
      }
      const closedOn = task.status === 'done' && task.verifiedAt !== null ? inPeriod(task.verifiedAt) : null;
      if (closedOn !== null) {
        closed.push({
          ...listed(task),
          verifiedAt: task.verifiedAt!,
          closedOn,
          onTime: task.deadline === null ? null : closedOn <= task.deadline,
        });
      }
    }
    const byTitle = (a: BulletinTask, b: BulletinTask) => a.title.localeCompare(b.title);
    overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || byTitle(a, b));
    closed.sort((a, b) => a.verifiedAt.localeCompare(b.verifiedAt) || byTitle(a, b));
    const ranking = rankDepartments(stats.departments);
    const ids = (list: readonly { departmentId: string }[]) => list.map((entry) => entry.departmentId);

    return {
      board: { id: board.id, title: board.title },
      period,
      timeZone: stats.timeZone,
      today,
      asOf: stats.asOf,
      totals: stats.totals,
      atPeriodEnd,
      summary: {
        closedInPeriod: closed.length,
        closedOnTimeInPeriod: closed.filter((task) => task.onTime === true).length,
        createdInPeriod,
        instructions: instructions.length,
        instructionsAnswered: instructions.filter((entry) => entry.response !== null).length,
      },
      departments: stats.departments,
      ranking: { red: ids(ranking.red), yellow: ids(ranking.yellow), green: ids(ranking.green) },
      overdue,
      closed,
      instructions,
    };
  }
}
