import type { AuditVerification } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventsService } from '../board-events/board-events.service';
import { BoardsService } from '../boards/boards.service';

@Injectable()
export class AuditService {
  constructor(
    private readonly boards: BoardsService,
    private readonly boardEvents: BoardEventsService,
  ) {}

  /** Recomputes the board's hash chain from seq 1 on, against the board's seq read first. */
  async verify(user: AuthUser, boardId: string): Promise<AuditVerification> {
    const board = await this.boards.getVisible(user, boardId);
    return this.boardEvents.verify(board);
  }
}
