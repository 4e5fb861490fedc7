import type { BoardEvent, BoardEventPayload } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { appendBoardEvents } from './append-board-events';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { BoardEventBus } from './board-event-bus';
import { toBoardEvent } from './board-event.mapper';

export interface BoardChangeOutcome<T> {
  result: T;
  /** null: the change turned out to change nothing. It is undone, seq included, and leaves no event. */
  event: BoardEventPayload | null;
}

/** A change recorded as several events (in this order, consecutive seqs); none: it changed nothing. */
export interface BoardChangesOutcome<T> {
  result: T;
  events: BoardEventPayload[];
}

export interface BoardChangeOptions {
  /**
   * An archived board is read-only: every change to it is refused with `board_archived`, except the one
   * that restores it, which says so here.
   */
  restoresArchived?: boolean;
}

/** Carries a change's result out of the transaction it rolls back. */
class NothingChanged<T> extends Error {
  constructor(readonly result: T) {
    super('Nothing changed');
  }
}

/**
 * The one way to change a board: the change, the board's next seq and the event row commit together,
 * and the event is published only after the commit. Creating a board is its first change (`create`).
 *
 * Taking the seq first (`UPDATE boards SET seq = seq + 1 … RETURNING seq`, see `nextSeq`) row-locks the board, so writes
 * to one board run one after another: order keys never collide and seq order is commit order. When `work`
 * throws, or finds that nothing changed, the whole transaction, seq included, rolls back, so seqs stay
 * gapless and the log holds no empty changes. Inside `work` use only the given EntityManager (the
 * embedded database serves one connection at a time).
 *
 * It is also the one gate of archived boards: the board is read under the same lock, so a change racing
 * with the archiving either commits before it or is refused after it.
 */
@Injectable()
export class BoardChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: BoardEventBus,
    private readonly clock: Clock,
  ) {}

  /** @param actorId who makes the change; null when the system does (scheduler, automatic reminders) */
  async apply<T>(
    boardId: string,
    actorId: string | null,
    work: (manager: EntityManager) => Promise<BoardChangeOutcome<T>>,
    options: BoardChangeOptions = {},
  ): Promise<{ result: T; event: BoardEvent | null }> {
    const { result, events } = await this.commit((manager) =>
      this.record(manager, boardId, actorId, singleEvent(work), options),
    );
    return { result, event: events[0] ?? null };
  }

  /**
   * One change recorded as several events, e.g. the tasks made from imported minutes: all commit together
   * or none do, each event takes the next seq in the given order, and they are published in that order
   * after the commit.
   */
  async applyAll<T>(
    boardId: string,
    actorId: string | null,
    work: (manager: EntityManager) => Promise<BoardChangesOutcome<T>>,
  ): Promise<{ result: T; events: BoardEvent[] }> {
    return this.commit((manager) => this.record(manager, boardId, actorId, work));
  }

  /**
   * Creating a board is its first change, through the same path: `insert` adds the board row (at seq 0),
   * then `work` runs as in `apply`, so the row and its first event (seq 1) commit together and no board
   * exists without the record of who created it.
   */
  async create<T>(
    boardId: string,
    actorId: string,
    insert: (manager: EntityManager) => Promise<void>,
    work: (manager: EntityManager) => Promise<BoardChangeOutcome<T>>,
  ): Promise<{ result: T; event: BoardEvent | null }> {
    const { result, events } = await this.commit(async (manager) => {
      await insert(manager);
      return this.record(manager, boardId, actorId, singleEvent(work));
    });
    return { result, event: events[0] ?? null };
  }

  private async commit<T>(
    change: (manager: EntityManager) => Promise<{ result: T; events: BoardEvent[] }>,
  ): Promise<{ result: T; events: BoardEvent[] }> {
    const outcome = await this.dataSource.transaction(change).catch((error: unknown) => {
      if (error instanceof NothingChanged) return { result: error.result as T, events: [] };
      throw error;
    });
    for (const event of outcome.events) this.bus.publish(event);
    return outcome;
  }

  private async record<T>(
    manager: EntityManager,
    boardId: string,
    actorId: string | null,
    work: (manager: EntityManager) => Promise<BoardChangesOutcome<T>>,
    options: BoardChangeOptions = {},
  ): Promise<{ result: T; events: BoardEvent[] }> {
    const { seq, archived } = await nextSeq(manager, boardId);
    if (archived && !options.restoresArchived) throw DomainError.boardArchived();
    const { result, events } = await work(manager);
    if (events.length === 0) throw new NothingChanged(result);
    // The first seq was taken (and the row locked) before the work; the others follow it.
    if (events.length > 1) await takeMoreSeqs(manager, boardId, events.length - 1);
    const at = this.clock.now();
    const rows = await appendBoardEvents(
      manager,
      events.map((event, index) => ({
        boardId,
        seq: seq + index,
        type: event.type,
        actorId,
        at,
        data: event.data,
        changes: event.changes,
      })),
    );
    return { result, events: rows.map(toBoardEvent) };
  }
}

function singleEvent<T>(
  work: (manager: EntityManager) => Promise<BoardChangeOutcome<T>>,
): (manager: EntityManager) => Promise<BoardChangesOutcome<T>> {
  return async (manager) => {
    const { result, event } = await work(manager);
    return { result, events: event ? [event] : [] };
  };
}

/** The board row is already locked by `nextSeq` in this transaction. */
async function takeMoreSeqs(manager: EntityManager, boardId: string, count: number): Promise<void> {
  await manager
    .createQueryBuilder()
    .update('boards')
    .set({ seq: () => `seq + ${count}` })
    .where('id = :boardId', { boardId })
    .execute();
}

/**
 * Bumps the board's seq and returns it, and whether the board is archived; the UPDATE row-locks the board
 * until the transaction ends.
 */
async function nextSeq(manager: EntityManager, boardId: string): Promise<{ seq: number; archived: boolean }> {
  // The board table by name: boards/ changes boards through this service, so this module does not import it.
  const updated = await manager
    .createQueryBuilder()
    .update('boards')
    .set({ seq: () => 'seq + 1' })
    .where('id = :boardId', { boardId })
    .returning(['seq', 'archivedAt'])
    .execute();
  const row = (updated.raw as { seq: number | string; archivedAt: Date | string | null }[])[0];
  if (row === undefined) throw DomainError.notFound('Board');
  return { seq: Number(row.seq), archived: row.archivedAt !== null };
}
