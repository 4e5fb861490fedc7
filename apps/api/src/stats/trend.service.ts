import {
  calendarDateIn,
  resolveTrendRange,
  sumTrendDays,
  taskFiltersFromQuery,
  TREND_EVENT_TYPES,
  trendTaskFields,
  TrendReplay,
  type BoardEventType,
  type BoardView,
  type TaskFilters,
  type TaskNames,
  type TaskTrend,
  type TrendDay,
  type TrendEvent,
  type TrendQuery,
  type TrendRange,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService, toBoardView } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { DepartmentsService } from '../departments/departments.service';
import { UsersService } from '../users/users.service';

/** Events read per query: a board's log is read in keyset batches of this many, never all at once. */
export const TREND_BATCH = 1000;
/** Boards replayed at the same time for `GET /api/stats/trend`. */
const BOARDS_AT_ONCE = 4;

interface TrendEventRow {
  seq: number | string;
  type: BoardEventType;
  at: Date | string;
  data: object;
}

/**
 * The history charts' figures (burn-up, overdue over time), replayed from the boards' event logs
 * (contracts trend.ts): nothing is stored beside the log, so they cannot drift from it.
 */
@Injectable()
export class TrendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly boards: BoardsService,
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** One board the caller may see (archived ones too, as for its figures); 404 otherwise. */
  async forBoard(user: AuthUser, boardId: string, query: TrendQuery): Promise<TaskTrend> {
    const board = toBoardView(await this.boards.getVisible(user, boardId));
    return this.replay([board], query);
  }

  /** Every board in use the caller may see, summed day by day. */
  async forAll(user: AuthUser, query: TrendQuery): Promise<TaskTrend> {
    return this.replay(await this.boards.list(user), query);
  }

  private async replay(boards: readonly BoardView[], query: TrendQuery): Promise<TaskTrend> {
    const timeZone = query.tz ?? null;
    const range = resolveTrendRange(query, calendarDateIn(this.clock.now(), timeZone));
    if ('field' in range) throw DomainError.invalidField(range.field, range.message);
    const filters = taskFiltersFromQuery(query);
    const names = filters.text === '' ? NO_NAMES : await this.names();
    const perBoard: TrendDay[][] = [];
    for (let start = 0; start < boards.length; start += BOARDS_AT_ONCE) {
      const slice = boards.slice(start, start + BOARDS_AT_ONCE);
      perBoard.push(
        ...(await Promise.all(
          slice.map((board) => this.replayBoard(board.id, range, timeZone, filters, names)),
        )),
      );
    }
    return {
      timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      from: range.from,
      to: range.to,
      days: sumTrendDays(perBoard, range),
    };
  }

  /** One board's log in seq order, in keyset batches, until the events pass the range. */
  private async replayBoard(
    boardId: string,
    range: TrendRange,
    timeZone: string | null,
    filters: TaskFilters,
    names: TaskNames,
  ): Promise<TrendDay[]> {
    const replay = new TrendReplay(range, timeZone, filters, names);
    // Only what the replay reads of each task: a fraction of the whole task each event carries.
    const read = trendTaskFields(filters);
    const fields = `jsonb_build_object(${read.map((field) => `'${field}', event.data->'${field}'`).join(', ')})`;
    let after = 0;
    for (;;) {
      const rows = await this.dataSource
        .createQueryBuilder()
        .select(['event.seq AS seq', 'event.type AS type', 'event.at AS at', `${fields} AS data`])
        .from('board_events', 'event')
        .where('event.boardId = :boardId AND event.seq > :after AND event.type IN (:...types)', {
          boardId,
          after,
          types: TREND_EVENT_TYPES,
        })
        .orderBy('event.seq', 'ASC')
        .limit(TREND_BATCH)
        .getRawMany<TrendEventRow>();
      for (const row of rows) {
        const at = new Date(row.at).toISOString();
        if (!replay.add({ type: row.type, at, data: row.data } as TrendEvent)) return replay.finish();
        after = Number(row.seq);
      }
      if (rows.length < TREND_BATCH) return replay.finish();
    }
  }

  /** Department and people names for the search, as the figures read them. */
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
