import {
  EXPORT_WORDS,
  matchesTaskFilters,
  taskFiltersFromQuery,
  type ExportQuery,
  type ExportWords,
  type TaskNames,
  type UiLanguage,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DepartmentsService } from '../departments/departments.service';
import { TaskQueries } from '../tasks/task-queries';
import { UsersService } from '../users/users.service';
import { exportRow, type ExportCell } from './export-rows';

/** An export ready to be written: the words of its language and its rows, read as they are written. */
export interface TaskExport {
  words: ExportWords;
  rows: AsyncIterable<ExportCell[]>;
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
   * Checks access first (an outsider of a restricted board gets the uniform 404 before any byte is sent),
   * then returns rows that are read from the database a batch at a time as the file is written.
   */
  async prepare(
    user: AuthUser,
    boardId: string,
    query: ExportQuery,
    acceptLanguage: string | undefined,
  ): Promise<TaskExport> {
    const board = await this.boards.getVisible(user, boardId);
    const saved = query.lang ? null : (await this.users.currentUser(user.id)).preferences.language;
    const language = query.lang ?? saved ?? fromAcceptLanguage(acceptLanguage);
    const words = EXPORT_WORDS[language];
    const timeZone = query.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const filters = taskFiltersFromQuery(query);
    const today = this.clock.today();
    const [users, departments] = await Promise.all([this.users.list(), this.departments.list()]);
    const userNames = new Map(users.map((row) => [row.id, row.displayName]));
    const departmentNames = new Map(departments.map((row) => [row.id, row.name]));
    const departmentName = (id: string | null) => (id === null ? '' : (departmentNames.get(id) ?? ''));
    const userName = (id: string | null) => (id === null ? '' : (userNames.get(id) ?? ''));
    const names: TaskNames = { departmentName, userName };
    const exportNames = { department: departmentName, user: userName };
    const batches = this.tasks.inBoardOrder(board.id, { status: filters.status });
    async function* rows(): AsyncGenerator<ExportCell[]> {
      for await (const batch of batches) {
        for (const task of batch) {
          if (matchesTaskFilters(task, filters, today, names)) {
            yield exportRow(task, words, exportNames, timeZone);
          }
        }
      }
    }
    return { words, rows: rows() };
  }
}

/** Without a saved preference: Chinese when the browser asks for it first, else English. */
function fromAcceptLanguage(header: string | undefined): UiLanguage {
  return header?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
