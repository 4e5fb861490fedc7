import type {
  ChainVerification,
  BoardEvent,
  BoardEventsPage,
  BoardEventsQuery,
  BoardHistoryExportQuery,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { aboutTask, matchingFilters } from './board-event-queries';
import { BoardEventEntity } from './board-event.entity';
import { toBoardEvent } from './board-event.mapper';
import { verifyBoardChain } from './verify-board-chain';

/** The board whose log is read: callers check access first (boards/ owns the gate) and pass what they found. */
export interface LoggedBoard {
  id: string;
  seq: number;
}

/** Reads of the boards' event logs: catch-up, a task's history, and whether a hash chain is intact. */
@Injectable()
export class BoardEventsService {
  constructor(@InjectRepository(BoardEventEntity) private readonly events: Repository<BoardEventEntity>) {}

  /** A page of catch-up for REST: the events after `query.after`, and the board's seq they lead to. */
  async eventsPage(board: LoggedBoard, query: BoardEventsQuery): Promise<BoardEventsPage> {
    const events = await this.eventsAfter(board.id, query.after, query.limit);
    return { events, seq: Number(board.seq) };
  }

  /** Events with seq > after, in seq order (used by REST catch-up and socket rejoin). */
  async eventsAfter(boardId: string, after: number, limit: number): Promise<BoardEvent[]> {
    const rows = await this.events.find({
      where: { boardId, seq: MoreThan(after) },
      order: { seq: 'ASC' },
      take: limit,
    });
    return rows.map(toBoardEvent);
  }

  /** The seq of the board's newest event: the board row's counter, which the change service bumps. */
  async currentSeq(boardId: string): Promise<number> {
    const board = await this.events.manager
      .createQueryBuilder()
      .select('board.seq', 'seq')
      .from('boards', 'board')
      .where('board.id = :boardId', { boardId })
      .getRawOne<{ seq: number | string }>();
    if (!board) throw DomainError.notFound('Board');
    return Number(board.seq);
  }

  /** The events that concern one task (its changes, comments, reports and reminders), oldest first. */
  async taskHistory(boardId: string, taskId: string): Promise<BoardEvent[]> {
    const rows = await aboutTask(
      this.events.createQueryBuilder('event').where('event.boardId = :boardId', { boardId }),
      taskId,
    )
      .orderBy('event.seq', 'ASC')
      .getMany();
    return rows.map(toBoardEvent);
  }

  /**
   * The board's events that match the history's filters: oldest first, or newest first below `before`
   * (when given) and at most `limit` of them.
   */
  async matching(
    boardId: string,
    filters: BoardHistoryExportQuery,
    page: { newestFirst?: boolean; before?: number; limit?: number } = {},
  ): Promise<BoardEvent[]> {
    let select = this.events.createQueryBuilder('event').where('event.boardId = :boardId', { boardId });
    select = matchingFilters(select, filters);
    if (page.before !== undefined) select = select.andWhere('event.seq < :before', { before: page.before });
    select = select.orderBy('event.seq', page.newestFirst ? 'DESC' : 'ASC');
    if (page.limit !== undefined) select = select.take(page.limit);
    const rows = await select.getMany();
    return rows.map(toBoardEvent);
  }

  /**
   * The SHA-256 each file had when it was added, as its `attachment.added` event records it (by file id):
   * what the stored bytes are checked against.
   */
  async recordedFileHashes(boardId: string): Promise<Map<string, string>> {
    const rows = await this.events
      .createQueryBuilder('event')
      .select(`event.data ->> 'id'`, 'id')
      .addSelect(`event.data ->> 'sha256'`, 'sha256')
      .where('event.boardId = :boardId AND event.type = :type', { boardId, type: 'attachment.added' })
      .getRawMany<{ id: string; sha256: string }>();
    return new Map(rows.map((row) => [row.id, row.sha256]));
  }

  /** Recomputes the board's hash chain from seq 1 on, against the board's seq read before. */
  async verify(board: LoggedBoard): Promise<ChainVerification> {
    return verifyBoardChain(this.events, board.id, Number(board.seq));
  }
}
