import type { AuditVerification, FilesVerification, MismatchedFile } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthUser } from '../auth/auth-user';
import { BoardEventsService } from '../board-events/board-events.service';
import { BoardsService } from '../boards/boards.service';

@Injectable()
export class AuditService {
  constructor(
    private readonly boards: BoardsService,
    private readonly boardEvents: BoardEventsService,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * Recomputes the board's hash chain from seq 1 on, against the board's seq read first; then reads every
   * stored evidence file through and checks its SHA-256 against the one its `attachment.added` event
   * records (which the chain covers).
   */
  async verify(user: AuthUser, boardId: string): Promise<AuditVerification> {
    const board = await this.boards.getVisible(user, boardId);
    const chain = await this.boardEvents.verify(board);
    const files = await this.verifyFiles(boardId);
    return { ...chain, ok: chain.ok && files.mismatched.length === 0, files };
  }

  private async verifyFiles(boardId: string): Promise<FilesVerification> {
    const recorded = await this.boardEvents.recordedFileHashes(boardId);
    const stored = await this.attachments.storedOnBoard(boardId);
    const mismatched: MismatchedFile[] = [];
    for (const file of stored) {
      const storedSha256 = await this.attachments.hashStoredBytes(file.id);
      const recordedSha256 = recorded.get(file.id) ?? null;
      if (storedSha256 !== recordedSha256) {
        mismatched.push({ id: file.id, name: file.name, recordedSha256, storedSha256 });
      }
    }
    return { checked: stored.length, mismatched };
  }
}
