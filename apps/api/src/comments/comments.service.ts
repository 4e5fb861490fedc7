import {
  canAnswerInstruction,
  canGiveInstruction,
  fieldChanges,
  isAwaitingResponse,
  type BoardEventPayload,
  type BoardView,
  type CommentView,
  type CreateCommentInput,
  type UpdateCommentInput,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository, type EntityManager } from 'typeorm';
import { canComment, canDeleteComment, canEditComment } from '@duban/contracts';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { InstructionNotifier } from '../notifications/instruction-notifier';
import { MentionNotifier } from '../notifications/mention-notifier';
import { NotificationsService } from '../notifications/notifications.service';
import { TaskQueries } from '../tasks/task-queries';
import { adjustAwaitingInstructionCount, adjustCommentCount } from '../tasks/task-writes';
import { TasksService } from '../tasks/tasks.service';
import { CommentEntity } from './comment.entity';
import { toCommentView } from './comment.mapper';

/**
 * Comments are board events too, but they never change their task's version. A leader's instruction (领导批示)
 * is a comment of kind `instruction` (event `instruction.given`); the first reply to it from a member of
 * the task's lead department answers it (event `instruction.answered`, instead of `comment.created`).
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(CommentEntity) private readonly comments: Repository<CommentEntity>,
    private readonly tasks: TasksService,
    private readonly taskQueries: TaskQueries,
    private readonly boards: BoardsService,
    private readonly changes: BoardChangeService,
    private readonly mentions: MentionNotifier,
    private readonly instructionNotifier: InstructionNotifier,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, taskId: string): Promise<CommentView[]> {
    await this.tasks.findVisible(user, taskId);
    const rows = await this.comments.find({ where: { taskId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toCommentView);
  }

  async create(user: AuthUser, taskId: string, input: CreateCommentInput): Promise<CommentView> {
    const task = await this.tasks.findVisible(user, taskId);
    const board = await this.boards.getVisible(user, task.boardId);
    if (!canComment(user, board)) throw DomainError.forbidden('You cannot comment on this board');
    const kind = input.kind ?? 'comment';
    if (kind === 'instruction' && !canGiveInstruction(user, board)) {
      const message = 'Only leaders can give an instruction (领导批示)';
      throw new DomainError('forbidden', `kind: ${message}`, [{ field: 'kind', message }]);
    }
    if (kind === 'instruction' && input.replyToId) {
      throw DomainError.invalidField(
        'replyToId',
        'An instruction starts its own thread: it replies to nothing',
      );
    }
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      const repliedTo = input.replyToId ? await this.findReplyTarget(manager, taskId, input.replyToId) : null;
      // Read under the board lock: the lead department a reply answers for is the one the task has now.
      const current = await this.taskQueries.findById(taskId, manager);
      if (!current) throw DomainError.notFound('Task');
      const comment = manager.create(CommentEntity, {
        id: randomUUID(),
        taskId,
        boardId: task.boardId,
        authorId: user.id,
        kind,
        replyToId: repliedTo?.id ?? null,
        body: input.body,
        createdAt: this.clock.now(),
        editedAt: null,
        responseCommentId: null,
        respondedById: null,
        respondedAt: null,
      });
      await manager.insert(CommentEntity, comment);
      await adjustCommentCount(manager, taskId, +1);
      const notifying = { ...comment, taskTitle: current.title };
      const notified = await this.mentions.notifyMentioned(manager, board, notifying);
      const view = toCommentView(comment);
      const changes = fieldChanges('comment', null, view);
      let event: BoardEventPayload = { type: 'comment.created', data: view, changes };
      if (kind === 'instruction') {
        await adjustAwaitingInstructionCount(manager, taskId, +1);
        notified.push(
          ...(await this.instructionNotifier.given(manager, board, current.leadDepartmentId, notifying)),
        );
        event = { type: 'instruction.given', data: view, changes };
      } else if (
        repliedTo !== null &&
        isAwaitingResponse(toCommentView(repliedTo)) &&
        canAnswerInstruction(user, current)
      ) {
        const answered = { ...repliedTo, responseCommentId: comment.id, respondedById: user.id };
        answered.respondedAt = comment.createdAt;
        await manager.update(
          CommentEntity,
          { id: repliedTo.id },
          { responseCommentId: comment.id, respondedById: user.id, respondedAt: comment.createdAt },
        );
        await adjustAwaitingInstructionCount(manager, taskId, -1);
        notified.push(
          ...(await this.instructionNotifier.answered(manager, board, repliedTo.authorId, notifying)),
        );
        const data = { ...view, instruction: toCommentView(answered) };
        event = { type: 'instruction.answered', data, changes };
      }
      return { result: { view, notified }, event };
    });
    this.notifications.publish(result.notified);
    return result.view;
  }

  /** The comment a new one replies to: of the same task, read under the board lock (400 otherwise). */
  private async findReplyTarget(
    manager: EntityManager,
    taskId: string,
    replyToId: string,
  ): Promise<CommentEntity> {
    const target = await manager.findOneBy(CommentEntity, { id: replyToId });
    if (!target || target.taskId !== taskId) {
      throw DomainError.invalidField('replyToId', 'Not a comment on this task');
    }
    return target;
  }

  async update(user: AuthUser, commentId: string, input: UpdateCommentInput): Promise<CommentView> {
    const { comment: found, board } = await this.findVisible(user, commentId);
    if (!canEditComment(user, found)) throw DomainError.forbidden('Only the author can edit a comment');
    const { result } = await this.changes.apply(found.boardId, user.id, async (manager) => {
      // Read again under the board lock: the body before this edit is the one a concurrent edit left.
      const before = await manager.findOneBy(CommentEntity, { id: commentId });
      if (!before) throw DomainError.notFound('Comment');
      // Saving the text as it is changes nothing: no edit mark, no event.
      if (before.body === input.body)
        return { result: { view: toCommentView(before), notified: [] }, event: null };
      const edited = { ...before, body: input.body, editedAt: this.clock.now() };
      await manager.update(
        CommentEntity,
        { id: commentId },
        { body: edited.body, editedAt: edited.editedAt },
      );
      const task = await this.taskQueries.findById(before.taskId, manager);
      if (!task) throw DomainError.notFound('Task');
      const notified = await this.mentions.notifyMentioned(
        manager,
        board,
        { ...edited, createdAt: edited.editedAt, taskTitle: task.title },
        before.body,
      );
      const view = toCommentView(edited);
      const changes = fieldChanges('comment', toCommentView(before), view);
      return { result: { view, notified }, event: { type: 'comment.updated', data: view, changes } };
    });
    this.notifications.publish(result.notified);
    return result.view;
  }

  async remove(user: AuthUser, commentId: string): Promise<void> {
    const { comment } = await this.findVisible(user, commentId);
    if (!canDeleteComment(user, comment)) {
      throw DomainError.forbidden('Only the author or an administrator can delete a comment');
    }
    await this.changes.apply(comment.boardId, user.id, async (manager) => {
      // Read under the board lock: a reply may have answered the instruction since.
      const current = await manager.findOneBy(CommentEntity, { id: commentId });
      if (!current) throw DomainError.notFound('Comment');
      await this.assertNotOnRecord(manager, current);
      const { affected } = await manager.delete(CommentEntity, { id: commentId });
      if (affected !== 1) throw DomainError.notFound('Comment');
      await adjustCommentCount(manager, comment.taskId, -1);
      if (isAwaitingResponse(toCommentView(current))) {
        await adjustAwaitingInstructionCount(manager, comment.taskId, -1);
      }
      const view = toCommentView(current);
      const changes = fieldChanges('comment', view, null);
      return { result: undefined, event: { type: 'comment.deleted', data: view, changes } };
    });
  }

  /**
   * An answered instruction and the reply that answered it are the record of an instruction carried out
   * (留痕): they are not deleted (403). An instruction still awaiting response may be withdrawn.
   */
  private async assertNotOnRecord(manager: EntityManager, comment: CommentEntity): Promise<void> {
    const answers = await manager.countBy(CommentEntity, { responseCommentId: comment.id });
    if (comment.responseCommentId !== null || answers > 0) {
      throw DomainError.forbidden(
        'An answered instruction and the reply that answered it stay on record: they cannot be deleted',
      );
    }
  }

  /** Which task a comment is on and who wrote it (for files attached to it); null when there is none. */
  async authorship(commentId: string): Promise<{ taskId: string; authorId: string } | null> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      select: { taskId: true, authorId: true },
    });
    return comment && { taskId: comment.taskId, authorId: comment.authorId };
  }

  /** The comment and its board, if the user may see the board (404 otherwise). */
  private async findVisible(
    user: AuthUser,
    commentId: string,
  ): Promise<{ comment: CommentEntity; board: Pick<BoardView, 'id' | 'departmentIds'> }> {
    const comment = await this.comments.findOneBy({ id: commentId });
    if (!comment) throw DomainError.notFound('Comment');
    const board = await this.boards.getVisible(user, comment.boardId).catch(() => {
      throw DomainError.notFound('Comment');
    });
    return { comment, board };
  }
}
