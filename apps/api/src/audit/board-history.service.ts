import type { BoardHistoryExportQuery, BoardHistoryPage, BoardHistoryQuery } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventsService } from '../board-events/board-events.service';
import { BoardsService } from '../boards/boards.service';
import { DepartmentsService } from '../departments/departments.service';
import { TasksService } from '../tasks/tasks.service';
import { UsersService } from '../users/users.service';
import { historyCsv, type HistoryNames } from './history-csv';

/** 操作记录: a board's event log, newest first, filtered by who, what, which task and when. */
@Injectable()
export class BoardHistoryService {
  constructor(
    private readonly boards: BoardsService,
    private readonly boardEvents: BoardEventsService,
    private readonly users: UsersService,
    private readonly departments: DepartmentsService,
    private readonly tasks: TasksService,
  ) {}

  async page(user: AuthUser, boardId: string, query: BoardHistoryQuery): Promise<BoardHistoryPage> {
    const board = await this.boards.getVisible(user, boardId);
    const { before, limit, ...filters } = query;
    // One more than asked for tells whether an older page exists.
    const found = await this.boardEvents.matching(board.id, filters, {
      newestFirst: true,
      before,
      limit: limit + 1,
    });
    const events = found.slice(0, limit);
    return { events, nextBefore: found.length > limit ? events.at(-1)!.seq : null };
  }

  /** Every matching event, oldest first, as CSV with names for the ids (see history-csv.ts). */
  async exportCsv(user: AuthUser, boardId: string, query: BoardHistoryExportQuery): Promise<string> {
    const board = await this.boards.getVisible(user, boardId);
    const events = await this.boardEvents.matching(board.id, query);
    return historyCsv(events, await this.namesFor(board.id));
  }

  /** Everyone's and every department's name, and every task's title, deleted tasks' from the log. */
  private async namesFor(boardId: string): Promise<HistoryNames> {
    const [users, departments, titles, deletions] = await Promise.all([
      this.users.list(),
      this.departments.list(),
      this.tasks.titlesOn(boardId),
      this.boardEvents.matching(boardId, { types: ['task.deleted'] }),
    ]);
    const userNames = new Map(users.map((row) => [row.id, row.displayName]));
    const departmentNames = new Map(departments.map((row) => [row.id, row.name]));
    for (const deletion of deletions) {
      if (deletion.type !== 'task.deleted') continue;
      const title = deletion.changes.find((change) => change.field === 'title')?.before;
      if (typeof title === 'string') titles.set(deletion.data.id, title);
    }
    return {
      user: (id) => userNames.get(id) ?? id,
      department: (id) => departmentNames.get(id) ?? id,
      task: (id) => titles.get(id) ?? '',
    };
  }
}
