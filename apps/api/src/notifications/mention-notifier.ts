import { mentionedUsernames, type BoardView, type NotificationView } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserDirectory } from '../users/user-directory';
import { NotificationsService } from './notifications.service';

/** Long comments are cut here in the notification; the whole comment is on the task. */
const EXCERPT_LENGTH = 280;

export interface MentioningComment {
  taskId: string;
  /** The task's title, for the notification. */
  taskTitle: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

/** Notifies the users a comment @mentions, except its author and anyone who cannot see the board. */
@Injectable()
export class MentionNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UserDirectory,
  ) {}

  /**
   * Call inside the comment's board change, with its manager; publish the result after the commit. For
   * an edited comment pass the body before the edit: only users it did not mention yet are notified.
   */
  async notifyMentioned(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    comment: MentioningComment,
    previousBody = '',
  ): Promise<NotificationView[]> {
    const already = new Set(mentionedUsernames(previousBody));
    const usernames = mentionedUsernames(comment.body).filter((username) => !already.has(username));
    if (usernames.length === 0) return [];
    const users = await this.users.findByUsernames(usernames, manager);
    const recipients = users.filter((user) => user.id !== comment.authorId);
    return this.notifications.record(manager, board, recipients, {
      kind: 'mention',
      taskId: comment.taskId,
      taskTitle: comment.taskTitle,
      message: excerpt(comment.body),
      deadline: null,
      actorId: comment.authorId,
      createdAt: comment.createdAt,
    });
  }
}

function excerpt(body: string): string {
  const text = body.trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1)}…`;
}
