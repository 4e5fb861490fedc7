import {
  ATTACHMENT_FILE_FIELD,
  attachmentsFrozenRefusal,
  canEditTask,
  canRemoveAttachment,
  formatFileSize,
  uploadAttachmentFieldsSchema,
  type AttachmentView,
  type UploadAttachmentFields,
} from '@duban/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardsService } from '../boards/boards.service';
import { CommentsService } from '../comments/comments.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ReportsService } from '../reports/reports.service';
import { TaskQueries } from '../tasks/task-queries';
import { adjustAttachmentCount } from '../tasks/task-writes';
import { TasksService } from '../tasks/tasks.service';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentEntity } from './attachment.entity';
import { toAttachmentView } from './attachment.mapper';
import { SNIFF_BYTES, sniffContentType } from './file-sniffer';
import type { IncomingFile } from './multipart-file';
import { makesThumbnail, makeThumbnail } from './thumbnails';

/** A task as TaskQueries reads it (the tasks module owns the table). */
type TaskRecord = NonNullable<Awaited<ReturnType<TaskQueries['findById']>>>;

/** An upload left `uploading` this long was cut off by a crash: its row and bytes are swept. */
const ABANDONED_UPLOAD_MS = 6 * 60 * 60 * 1000;

export interface StoredFile {
  attachment: AttachmentView;
  /** The bytes, as stored. */
  bytes: AsyncIterable<Buffer>;
}

/**
 * Evidence files: stored (bytes first, then the `attachment.added` event carrying their SHA-256), served,
 * removed (`attachment.removed`: the bytes go, the record stays). Who may see a file is who may see its
 * task; who may add one is who may edit the task (or wrote the report or comment it is attached to).
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly tasks: TasksService,
    private readonly taskQueries: TaskQueries,
    private readonly boards: BoardsService,
    private readonly comments: CommentsService,
    private readonly reports: ReportsService,
    private readonly changes: BoardChangeService,
    private readonly storage: AttachmentStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: AuthUser, taskId: string): Promise<AttachmentView[]> {
    await this.tasks.findVisible(user, taskId);
    const rows = await this.attachments.find({
      where: { taskId, state: 'stored' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toAttachmentView);
  }

  /**
   * Stores an uploaded file: its type read from its first bytes (415 when not allowed), its bytes streamed
   * into storage while counted against the limits (413) and hashed, a thumbnail for an image, then the
   * `attachment.added` event in the board's order. Nothing is left behind by a refusal.
   */
  async upload(user: AuthUser, taskId: string, incoming: IncomingFile): Promise<AttachmentView> {
    const fields = parseFields(incoming.fields);
    const task = await this.tasks.findVisible(user, taskId);
    const board = await this.boards.getVisible(user, task.boardId);
    // Refused before any byte is stored (the change service would refuse it only after).
    if (board.archivedAt !== null) throw DomainError.boardArchived();
    await this.assertMayAttach(user, task, fields);
    const { fileBytes, boardBytes } = this.config.attachmentLimits;
    const boardUsed = await this.storedBytesOnBoard(task.boardId);
    if (boardUsed >= boardBytes) throw boardFull(boardBytes);

    const chunks = incoming.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const head = await readHead(chunks, SNIFF_BYTES);
    const contentType = await sniffContentType(head.bytes, incoming.name);
    if (contentType === null) {
      throw new DomainError(
        'unsupported_media_type',
        `${ATTACHMENT_FILE_FIELD}: this type of file cannot be attached (images, PDF, Office documents, text and zip can)`,
        [{ field: ATTACHMENT_FILE_FIELD, message: 'This type of file cannot be attached' }],
      );
    }

    const id = randomUUID();
    await this.attachments.insert({
      id,
      taskId,
      boardId: task.boardId,
      reportId: fields.reportId ?? null,
      commentId: fields.commentId ?? null,
      name: incoming.name,
      size: '0',
      contentType,
      sha256: '',
      state: 'uploading',
      thumbnail: null,
      hasThumbnail: false,
      createdById: user.id,
      createdAt: this.clock.now(),
      removedAt: null,
      removedById: null,
    });
    try {
      const hash = createHash('sha256');
      let size = 0;
      const counted = async function* (): AsyncIterable<Buffer> {
        for await (const piece of concatIterators(head.pieces, chunks, head.done)) {
          size += piece.length;
          if (size > fileBytes) throw fileTooLarge(fileBytes);
          if (boardUsed + size > boardBytes) throw boardFull(boardBytes);
          hash.update(piece);
          yield piece;
        }
      };
      await this.storage.write(id, counted());
      const sha256 = hash.digest('hex');
      const thumbnail = makesThumbnail(contentType) ? await makeThumbnail(this.storage.read(id)) : null;
      const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
        // Under the board lock: the task as it is now, and the board's files as they are now.
        const current = await this.taskQueries.findById(taskId, manager);
        if (!current) throw DomainError.notFound('Task');
        assertNotFrozen(current);
        if ((await this.storedBytesOnBoard(task.boardId, manager)) + size > boardBytes) {
          throw boardFull(boardBytes);
        }
        await manager.update(
          AttachmentEntity,
          { id },
          { state: 'stored', size: String(size), sha256, thumbnail, hasThumbnail: thumbnail !== null },
        );
        await adjustAttachmentCount(manager, taskId, +1);
        const stored = await manager.findOneByOrFail(AttachmentEntity, { id });
        const view = toAttachmentView(stored);
        return { result: view, event: { type: 'attachment.added', data: view, changes: [] } };
      });
      return result;
    } catch (error) {
      await this.attachments.delete({ id }).catch((cleanup: unknown) => {
        this.logger.error(`Could not delete the refused upload ${id}: ${String(cleanup)}`);
      });
      throw error;
    }
  }

  /** A file and its bytes, if the user may see its task (404 otherwise, as for the task). */
  async open(user: AuthUser, attachmentId: string): Promise<StoredFile> {
    const attachment = await this.findVisible(user, attachmentId);
    return { attachment: toAttachmentView(attachment), bytes: this.storage.read(attachment.id) };
  }

  /** An image's thumbnail, if the user may see its task; 404 when there is none. */
  async thumbnail(user: AuthUser, attachmentId: string): Promise<Buffer> {
    const attachment = await this.findVisible(user, attachmentId);
    const row = await this.attachments.findOne({
      where: { id: attachment.id },
      select: { id: true, thumbnail: true },
    });
    if (!row?.thumbnail) throw DomainError.notFound('Thumbnail');
    return row.thumbnail;
  }

  /**
   * Removes a file: its adder, or a supervisor or administrator, while the task is open. The bytes are
   * deleted; the row stays (state `removed`) and `attachment.removed` keeps its name, size and SHA-256.
   */
  async remove(user: AuthUser, attachmentId: string): Promise<void> {
    const attachment = await this.findVisible(user, attachmentId);
    if (!canRemoveAttachment(user, attachment)) {
      throw DomainError.forbidden(
        'Only the one who added a file, a supervisor or an administrator can remove it',
      );
    }
    await this.changes.apply(attachment.boardId, user.id, async (manager) => {
      const current = await manager.findOneBy(AttachmentEntity, { id: attachmentId, state: 'stored' });
      if (!current) throw DomainError.notFound('Attachment');
      const task = await this.taskQueries.findById(current.taskId, manager);
      if (!task) throw DomainError.notFound('Attachment');
      assertNotFrozen(task);
      await manager.update(
        AttachmentEntity,
        { id: attachmentId },
        { state: 'removed', removedAt: this.clock.now(), removedById: user.id, thumbnail: null },
      );
      await this.storage.delete(attachmentId, manager);
      await adjustAttachmentCount(manager, current.taskId, -1);
      const view = toAttachmentView(current);
      return { result: undefined, event: { type: 'attachment.removed', data: view, changes: [] } };
    });
  }

  /** The board's stored files (id, name, size), for verification against the log. */
  storedOnBoard(boardId: string): Promise<Pick<AttachmentEntity, 'id' | 'name'>[]> {
    return this.attachments.find({
      where: { boardId, state: 'stored' },
      select: { id: true, name: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The SHA-256 of a file's bytes as stored now (read piece by piece). */
  async hashStoredBytes(attachmentId: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const piece of this.storage.read(attachmentId)) hash.update(piece);
    return hash.digest('hex');
  }

  /** Uploads a crash cut off: rows still `uploading` long after they began, with their bytes. */
  async sweepAbandonedUploads(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - ABANDONED_UPLOAD_MS);
    const result = await this.attachments
      .createQueryBuilder()
      .delete()
      .where('state = :state AND "createdAt" < :before', { state: 'uploading', before })
      .execute();
    return result.affected ?? 0;
  }

  private async findVisible(user: AuthUser, attachmentId: string): Promise<AttachmentEntity> {
    const attachment = await this.attachments.findOneBy({ id: attachmentId, state: 'stored' });
    if (!attachment) throw DomainError.notFound('Attachment');
    await this.boards.getVisible(user, attachment.boardId).catch(() => {
      throw DomainError.notFound('Attachment');
    });
    return attachment;
  }

  private async storedBytesOnBoard(boardId: string, manager?: EntityManager): Promise<number> {
    const rows = await (manager ?? this.attachments.manager).query<{ total: string }[]>(
      `SELECT COALESCE(SUM("size"), 0) AS "total" FROM "attachments" WHERE "boardId" = $1 AND "state" = 'stored'`,
      [boardId],
    );
    return Number(rows[0]?.total ?? 0);
  }

  /**
   * A file on the task itself: whoever may edit the task. On a report or a comment: its author, and it must
   * be of this task (400 naming the field otherwise). Never while the task's files are frozen.
   */
  private async assertMayAttach(
    user: AuthUser,
    task: TaskRecord,
    fields: UploadAttachmentFields,
  ): Promise<void> {
    assertNotFrozen(task);
    const [field, lookup] =
      fields.reportId !== undefined
        ? (['reportId', await this.reports.authorship(fields.reportId)] as const)
        : fields.commentId !== undefined
          ? (['commentId', await this.comments.authorship(fields.commentId)] as const)
          : ([null, null] as const);
    if (field === null) {
      if (!canEditTask(user, task)) {
        throw DomainError.forbidden("Only the task's departments and supervisors can attach files to it");
      }
      return;
    }
    if (!lookup || lookup.taskId !== task.id) {
      throw DomainError.invalidField(
        field,
        `Not a ${field === 'reportId' ? 'report' : 'comment'} on this task`,
      );
    }
    if (lookup.authorId !== user.id) {
      throw DomainError.forbidden(
        `Only the author of the ${field === 'reportId' ? 'report' : 'comment'} can attach files to it`,
      );
    }
  }
}

/** The form's fields (a ZodError is answered as 400 naming each field at fault). */
function parseFields(fields: Record<string, string>): UploadAttachmentFields {
  return uploadAttachmentFieldsSchema.parse(fields);
}

function assertNotFrozen(task: Pick<TaskRecord, 'status'>): void {
  const refusal = attachmentsFrozenRefusal(task);
  if (refusal !== null) {
    throw new DomainError('forbidden', `${ATTACHMENT_FILE_FIELD}: ${refusal}`, [
      { field: ATTACHMENT_FILE_FIELD, message: refusal },
    ]);
  }
}

function fileTooLarge(limit: number): DomainError {
  return tooLarge(`A file may be at most ${formatFileSize(limit)}`);
}

function boardFull(limit: number): DomainError {
  return tooLarge(`The board's files may take at most ${formatFileSize(limit)} in all`);
}

/** 413 naming the file field. */
function tooLarge(message: string): DomainError {
  return new DomainError('payload_too_large', `${ATTACHMENT_FILE_FIELD}: ${message}`, [
    { field: ATTACHMENT_FILE_FIELD, message },
  ]);
}

interface Head {
  bytes: Buffer;
  pieces: Buffer[];
  /** The file ended within the head. */
  done: boolean;
}

/** Reads pieces until at least `size` bytes (or the end) have come: what the type is read from. */
async function readHead(chunks: AsyncIterator<Buffer>, size: number): Promise<Head> {
  const pieces: Buffer[] = [];
  let bytes = 0;
  while (bytes < size) {
    const next = await chunks.next();
    if (next.done) return { bytes: Buffer.concat(pieces), pieces, done: true };
    pieces.push(next.value);
    bytes += next.value.length;
  }
  return { bytes: Buffer.concat(pieces), pieces, done: false };
}

/** The head's pieces, then the rest of the stream (unless the head was all of it). */
async function* concatIterators(
  first: Buffer[],
  rest: AsyncIterator<Buffer>,
  restDone: boolean,
): AsyncIterable<Buffer> {
  yield* first;
  if (restDone) return;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
