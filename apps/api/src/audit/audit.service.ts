import type { AuditVerification } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventEntity } from '../boards/board-event.entity';
import { BoardsService } from '../boards/boards.service';
import { EventChainVerifier } from './event-chain-verifier';

/** Events read per query: a long log is verified without holding all of it in memory. */
const PAGE_SIZE = 1000;

@Injectable()
export class AuditService {
  constructor(
    private readonly boards: BoardsService,
    @InjectRepository(BoardEventEntity) private readonly events: Repository<BoardEventEntity>,
  ) {}

  /**
   * Recomputes the board's hash chain from seq 1 on. The board's seq is read first, so events committed
   * meanwhile only add to what is checked, while events deleted from the end still show as missing.
   */
  async verify(user: AuthUser, boardId: string): Promise<AuditVerification> {
    const board = await this.boards.getVisible(user, boardId);
    const verifier = new EventChainVerifier();
    let after = 0;
    for (;;) {
      const page = await this.events.find({
        where: { boardId: board.id, seq: MoreThan(after) },
        order: { seq: 'ASC' },
        take: PAGE_SIZE,
      });
      const intact = page.every((event) => verifier.accept({ ...event, seq: Number(event.seq) }));
      const last = page.at(-1);
      if (!intact || !last || page.length < PAGE_SIZE) return verifier.verdict(Number(board.seq));
      after = Number(last.seq);
    }
  }
}
