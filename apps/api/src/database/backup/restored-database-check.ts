import { DataSource } from 'typeorm';
import { verifyBoardChain } from '../../board-events/verify-board-chain';
import { BoardEventEntity } from '../../board-events/board-event.entity';
import { BoardEntity } from '../../boards/board.entity';
import { TaskEntity } from '../../tasks/task.entity';
import { typeOrmOptions, type DatabaseConnection } from '../typeorm-options';

export interface BoardCheck {
  boardId: string;
  title: string;
  /** The board's seq column. */
  seq: number;
  /** Events found intact from seq 1 on: equal to `seq` when nothing is missing at either end. */
  intactEvents: number;
  /** The first seq that is missing or whose hash or link does not match. */
  firstBrokenSeq?: number;
  ok: boolean;
}

export interface DatabaseCheck {
  ok: boolean;
  boards: BoardCheck[];
  tasks: number;
  events: number;
}

/**
 * What a restore must prove before anyone works on the database: every board's hash chain verifies
 * from seq 1, and the board's seq is its newest event's (no event missing, none beyond it). Opens the
 * database as the server does, so a backup from an older version is first brought up to this one's
 * schema by the same migrations.
 */
export async function checkDatabase(connection: DatabaseConnection): Promise<DatabaseCheck> {
  const dataSource = await new DataSource(typeOrmOptions(connection)).initialize();
  try {
    const events = dataSource.getRepository(BoardEventEntity);
    const boards = await dataSource
      .getRepository(BoardEntity)
      .find({ select: { id: true, title: true, seq: true }, order: { createdAt: 'ASC' } });
    const checks: BoardCheck[] = [];
    for (const board of boards) {
      const seq = Number(board.seq);
      const verdict = await verifyBoardChain(events, board.id, seq);
      const intactEvents = verdict.checked;
      const ok = verdict.ok && intactEvents === seq;
      const firstBrokenSeq = verdict.ok ? (ok ? undefined : seq + 1) : verdict.firstBrokenSeq;
      checks.push({ boardId: board.id, title: board.title, seq, intactEvents, firstBrokenSeq, ok });
    }
    return {
      ok: checks.every((check) => check.ok),
      boards: checks,
      tasks: await dataSource.getRepository(TaskEntity).count(),
      events: await events.count(),
    };
  } finally {
    await dataSource.destroy();
  }
}
