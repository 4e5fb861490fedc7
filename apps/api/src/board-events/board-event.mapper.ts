import type { BoardEvent } from '@duban/contracts';
import type { BoardEventEntity } from './board-event.entity';

export function toBoardEvent(row: BoardEventEntity): BoardEvent {
  return {
    boardId: row.boardId,
    seq: Number(row.seq),
    type: row.type,
    actorId: row.actorId,
    at: row.at.toISOString(),
    data: row.data,
    changes: row.changes ?? [],
  } as BoardEvent;
}
