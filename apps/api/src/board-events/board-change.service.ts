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
    return this.commit((manager) => this.record(manager, boardId, actorId, work, options));
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
    return this.commit(async (manager) => {
      await insert(manager);
      return this.record(manager, boardId, actorId, work);
    });
  }

  private async commit<T>(
    change: (manager: EntityManager) => Promise<{ result: T; event: BoardEvent }>,
  ): Promise<{ result: T; event: BoardEvent | null }> {
    const outcome = await this.dataSource.transaction(change).catch((error: unknown) => {
      if (error instanceof NothingChanged) return { result: error.result as T, event: null };
      throw error;
    });
    if (outcome.event) this.bus.publish(outcome.event);
    return outcome;
  }

  private async record<T>(
    manager: EntityManager,
    boardId: string,
    actorId: string | null,
    work: (manager: EntityManager) => Promise<BoardChangeOutcome<T>>,
    options: BoardChangeOptions = {},
  ): Promise<{ result: T; event: BoardEvent }> {
    const { seq, archived } = await nextSeq(manager, boardId);
    if (archived && !options.restoresArchived) {
      throw new DomainError(
        'board_archived',
        'This board is archived and read-only: a supervisor or administrator must restore it first',
      );
    }
    const { result, event } = await work(manager);
    if (event === null) throw new NothingChanged(result);
    const [row] = await appendBoardEvents(manager, [
      {
        boardId,
        seq,
        type: event.type,
        actorId,
        at: this.clock.now(),
        data: event.data,
        changes: event.changes,
      },
    ]);
    return { result, event: toBoardEvent(row!) };
  }
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
