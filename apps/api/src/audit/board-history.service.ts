import type { BoardHistoryPage, BoardHistoryQuery } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { aboutTask } from '../boards/board-event-queries';
import { BoardEventEntity } from '../boards/board-event.entity';
import { toBoardEvent } from '../boards/board-event.mapper';
import { BoardsService } from '../boards/boards.service';

/** 操作记录: a board's event log, newest first, filtered by who, what, which task and when. */
@Injectable()
export class BoardHistoryService {
  constructor(
    private readonly boards: BoardsService,
    @InjectRepository(BoardEventEntity) private readonly events: Repository<BoardEventEntity>,
  ) {}

  async page(user: AuthUser, boardId: string, query: BoardHistoryQuery): Promise<BoardHistoryPage> {
    const board = await this.boards.getVisible(user, boardId);
    let select = this.events
      .createQueryBuilder('event')
      .where('event.boardId = :boardId', { boardId: board.id });
    if (query.before !== undefined) select = select.andWhere('event.seq < :before', { before: query.before });
    if (query.actorId === 'system') select = select.andWhere('event.actorId IS NULL');
    else if (query.actorId) select = select.andWhere('event.actorId = :actorId', { actorId: query.actorId });
    if (query.types) select = select.andWhere('event.type IN (:...types)', { types: query.types });
    if (query.from) select = select.andWhere('event.at >= :from', { from: new Date(query.from) });
    if (query.to) select = select.andWhere('event.at < :to', { to: new Date(query.to) });
    if (query.taskId) select = aboutTask(select, query.taskId);
    // One more than asked for tells whether an older page exists.
    const rows = await select
      .orderBy('event.seq', 'DESC')
      .take(query.limit + 1)
      .getMany();
    const events = rows.slice(0, query.limit).map(toBoardEvent);
    return { events, nextBefore: rows.length > query.limit ? events.at(-1)!.seq : null };
  }
}
