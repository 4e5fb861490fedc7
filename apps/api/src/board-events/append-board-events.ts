import { type EntityManager, LessThan } from 'typeorm';
import { BoardEventEntity } from './board-event.entity';
import { GENESIS_HASH, hashEvent } from './event-hash';

/** An event as the change describes it; appending adds its place in the hash chain. */
export type NewBoardEvent = Pick<
  BoardEventEntity,
  'boardId' | 'seq' | 'type' | 'actorId' | 'at' | 'data' | 'changes'
>;

/**
 * The one way to write board_events: appends one board's events (consecutive seqs, in order), each
 * hashed and linked to the event before it.
 *
 * Call it inside the transaction that took the seqs, with that transaction's manager: the board row is
 * locked there, so the previous event cannot change under us, and the embedded database serves one
 * connection at a time.
 */
export async function appendBoardEvents(
  manager: EntityManager,
  events: readonly NewBoardEvent[],
): Promise<BoardEventEntity[]> {
  const first = events[0];
  if (!first) return [];
  assertConsecutive(events);
  let prevHash = await previousHash(manager, first);
  const rows = events.map((event) => {
    const hash = hashEvent(prevHash, event);
    const row = Object.assign(new BoardEventEntity(), { ...event, prevHash, hash });
    prevHash = hash;
    return row;
  });
  await manager.insert(BoardEventEntity, rows);
  return rows;
}

async function previousHash(manager: EntityManager, event: NewBoardEvent): Promise<string> {
  const previous = await manager.findOne(BoardEventEntity, {
    where: { boardId: event.boardId, seq: LessThan(event.seq) },
    order: { seq: 'DESC' },
    select: { boardId: true, seq: true, hash: true },
  });
  return previous?.hash ?? GENESIS_HASH;
}

/** A chain links neighbours: events of two boards, or with a gap, would link the wrong events. */
function assertConsecutive(events: readonly NewBoardEvent[]): void {
  events.forEach((event, index) => {
    const first = events[0]!;
    if (event.boardId !== first.boardId || event.seq !== first.seq + index) {
      throw new Error(`Board events must be one board's consecutive seqs (at seq ${event.seq})`);
    }
  });
}
