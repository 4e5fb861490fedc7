import {
  EXPORT_BOARD_HEADER,
  EXPORT_WORDS,
  matchesTaskFilters,
  taskFiltersFromQuery,
  taskFiltersToQuery,
  type AllBoardsExportQuery,
  type CalendarDate,
  type ExportQuery,
  type ExportWords,
  type TaskFilters,
  type TaskNames,
  type TaskView,
  type UiLanguage,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DepartmentsService } from '../departments/departments.service';
import { TaskQueries } from '../tasks/task-queries';
import { UsersService } from '../users/users.service';
import { exportRow, type ExportCell, type ExportNames, type TaskExport } from './export-rows';
import { sheetNames } from './sheet-names';

export type { TaskExport } from './export-rows';

/** What every row of one export is read with: its language, time zone, filters, today and names. */
interface ExportContext {
  language: UiLanguage;
  words: ExportWords;
  timeZone: string;
  filters: TaskFilters;
  today: CalendarDate;
  names: TaskNames;
  exportNames: ExportNames;
}

interface ExportedBoard {
  id: string;
  title: string;
  sheet: string;
}

/** The table's rows as a file: the tasks the table would show with the same filters, in board order. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly boards: BoardsService,
    private readonly tasks: TaskQueries,
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
    private readonly clock: Clock,
  ) {}

  /**
   * One board. Checks access first (an outsider of a restricted board gets the uniform 404 before any byte
   * is sent), then counts the matching rows and returns rows read a batch at a time as the file is written.
   */
  async prepare(
    user: AuthUser,
    boardId: string,
    query: ExportQuery,
    acceptLanguage: string | undefined,
  ): Promise<TaskExport> {
    const board = await this.boards.getVisible(user, boardId);
    const context = await this.context(user, query, acceptLanguage);
    return this.build(context, [{ id: board.id, title: board.title, sheet: context.words.sheet }], null);
  }

  /**
   * Every board the caller may see, in the boards list's order (archived ones as `archived` says), or those
   * of them `boardIds` names: a named board the caller may not see, or that does not exist, is left out
   * (as /api/stats leaves it out), so the file tells an outsider nothing about it. A sheet per board,
   * named after its title as Excel allows; the CSV leads each row with the board's title.
   */
  async prepareAll(
    user: AuthUser,
    query: AllBoardsExportQuery,
    acceptLanguage: string | undefined,
  ): Promise<TaskExport> {
    const { boardIds, archived, ...filters } = query;
    const listed = await this.boards.list(user, { archived: archived ?? 'exclude' });
    const wanted = boardIds ? new Set(boardIds) : null;
    const boards = wanted ? listed.filter((board) => wanted.has(board.id)) : listed;
    const context = await this.context(user, filters, acceptLanguage);
    const sheets = sheetNames(
      boards.map((board) => board.title),
      context.words.sheet,
    );
    return this.build(
      context,
      boards.map((board, index) => ({ id: board.id, title: board.title, sheet: sheets[index]! })),
      EXPORT_BOARD_HEADER[context.language],
    );
  }

  private async context(
    user: AuthUser,
    query: ExportQuery,
    acceptLanguage: string | undefined,
  ): Promise<ExportContext> {
    const saved = query.lang ? null : (await this.users.currentUser(user.id)).preferences.language;
    const language = query.lang ?? saved ?? fromAcceptLanguage(acceptLanguage);
    const [users, departments] = await Promise.all([this.users.list(), this.departments.list()]);
    const userNames = new Map(users.map((row) => [row.id, row.displayName]));
    const departmentNames = new Map(departments.map((row) => [row.id, row.name]));
    const departmentName = (id: string | null) => (id === null ? '' : (departmentNames.get(id) ?? ''));
    const userName = (id: string | null) => (id === null ? '' : (userNames.get(id) ?? ''));
    return {
      language,
      words: EXPORT_WORDS[language],
      timeZone: query.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      filters: taskFiltersFromQuery(query),
      today: this.clock.today(),
      names: { departmentName, userName },
      exportNames: { department: departmentName, user: userName },
    };
  }

  /**
   * Counts the rows first, so the response can say how many are coming: with no filter, every task of the
   * boards (one COUNT); else a pass over their tasks with the filters applied as the rows will be. The rows
   * themselves are read again as the file is written.
   */
  private async build(
    context: ExportContext,
    boards: readonly ExportedBoard[],
    boardHeader: string | null,
  ): Promise<TaskExport> {
    let rowCount = 0;
    if (Object.keys(taskFiltersToQuery(context.filters)).length === 0) {
      const counts = await this.tasks.countByBoard(boards.map((board) => board.id));
      for (const board of boards) rowCount += counts.get(board.id)?.total ?? 0;
    } else {
      for (const board of boards) {
        for await (const batch of this.matching(board.id, context)) rowCount += batch.length;
      }
    }
    const matching = (boardId: string) => this.matching(boardId, context);
    async function* rows(boardId: string): AsyncGenerator<ExportCell[]> {
      for await (const batch of matching(boardId)) {
        for (const task of batch) yield exportRow(task, context.words, context.exportNames, context.timeZone);
      }
    }
    return {
      words: context.words,
      rowCount,
      boardHeader,
      sheets: boards.map((board) => ({
        name: board.sheet,
        board: board.title,
        rows: rows(board.id),
      })),
    };
  }

  /** The board's tasks the filters let through, in board order, a batch at a time. */
  private async *matching(boardId: string, context: ExportContext): AsyncGenerator<TaskView[]> {
    const { filters, today, names } = context;
    for await (const batch of this.tasks.inBoardOrder(boardId, { status: filters.status })) {
      const kept = batch.filter((task) => matchesTaskFilters(task, filters, today, names));
      if (kept.length > 0) yield kept;
    }
  }
}

/** Without a saved preference: Chinese when the browser asks for it first, else English. */
function fromAcceptLanguage(header: string | undefined): UiLanguage {
  return header?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
