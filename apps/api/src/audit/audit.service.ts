import type { AuditVerification } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventEntity } from '../boards/board-event.entity';
import { BoardsService } from '../boards/boards.service';
import { verifyBoardChain } from './verify-board-chain';

@Injectable()
export class AuditService {
  constructor(
    private readonly boards: BoardsService,
    @InjectRepository(BoardEventEntity) private readonly events: Repository<BoardEventEntity>,
  ) {}

  /** Recomputes the board's hash chain from seq 1 on, against the board's seq read first. */
  async verify(user: AuthUser, boardId: string): Promise<AuditVerification> {
    const board = await this.boards.getVisible(user, boardId);
    return verifyBoardChain(this.events, board.id, Number(board.seq));
  }
}
