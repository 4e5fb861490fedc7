import type { BoardHistoryExportQuery, BoardHistoryPage, BoardHistoryQuery } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { aboutTask } from '../boards/board-event-queries';
import { BoardEventEntity } from '../boards/board-event.entity';
import { toBoardEvent } from '../boards/board-event.mapper';
import { BoardsService } from '../boards/boards.service';
import { DepartmentEntity } from '../departments/department.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';
import { historyCsv, type HistoryNames } from './history-csv';

/** 操作记录: a board's event log, newest first, filtered by who, what, which task and when. */
@Injectable()
export class BoardHistoryService {
  constructor(
    private readonly boards: BoardsService,
    @InjectRepository(BoardEventEntity) private readonly events: Repository<BoardEventEntity>,
  ) {}

  async page(user: AuthUser, boardId: string, query: BoardHistoryQuery): Promise<BoardHistoryPage> {
    const board = await this.boards.getVisible(user, boardId);
    let select = this.filtered(board.id, query);
    if (query.before !== undefined) select = select.andWhere('event.seq < :before', { before: query.before });
    // One more than asked for tells whether an older page exists.
    const rows = await select
      .orderBy('event.seq', 'DESC')
      .take(query.limit + 1)
      .getMany();
    const events = rows.slice(0, query.limit).map(toBoardEvent);
    return { events, nextBefore: rows.length > query.limit ? events.at(-1)!.seq : null };
  }

  /** Every matching event, oldest first, as CSV with names for the ids (see history-csv.ts). */
  async exportCsv(user: AuthUser, boardId: string, query: BoardHistoryExportQuery): Promise<string> {
    const board = await this.boards.getVisible(user, boardId);
    const rows = await this.filtered(board.id, query).orderBy('event.seq', 'ASC').getMany();
    return historyCsv(rows.map(toBoardEvent), await this.namesFor(board.id));
  }

  private filtered(boardId: string, filters: BoardHistoryExportQuery): SelectQueryBuilder<BoardEventEntity> {
    let select = this.events.createQueryBuilder('event').where('event.boardId = :boardId', { boardId });
    if (filters.actorId === 'system') select = select.andWhere('event.actorId IS NULL');
    else if (filters.actorId)
      select = select.andWhere('event.actorId = :actorId', { actorId: filters.actorId });
    if (filters.types) select = select.andWhere('event.type IN (:...types)', { types: filters.types });
    if (filters.from) select = select.andWhere('event.at >= :from', { from: new Date(filters.from) });
    if (filters.to) select = select.andWhere('event.at < :to', { to: new Date(filters.to) });
    if (filters.taskId) select = aboutTask(select, filters.taskId);
    return select;
  }

  /** Everyone's and every department's name, and every task's title, deleted tasks' from the log. */
  private async namesFor(boardId: string): Promise<HistoryNames> {
    const manager = this.events.manager;
    const [users, departments, tasks, deletions] = await Promise.all([
      manager.find(UserEntity, { select: { id: true, displayName: true } }),
      manager.find(DepartmentEntity, { select: { id: true, name: true } }),
      manager.find(TaskEntity, { where: { boardId }, select: { id: true, title: true } }),
      this.events.find({ where: { boardId, type: 'task.deleted' } }),
    ]);
    const userNames = new Map(users.map((row) => [row.id, row.displayName]));
    const departmentNames = new Map(departments.map((row) => [row.id, row.name]));
    const titles = new Map(tasks.map((row) => [row.id, row.title]));
    for (const deletion of deletions.map(toBoardEvent)) {
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
