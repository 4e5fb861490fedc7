import type { BoardView, NotificationView } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserDirectory } from '../users/user-directory';
import { NotificationsService } from './notifications.service';

/** Long texts are cut here in the notification; the whole text is on the task. */
const EXCERPT_LENGTH = 280;

export interface InstructionComment {
  taskId: string;
  /** The task's title, for the notification. */
  taskTitle: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

/**
 * Leader instructions (领导批示): the lead department's members hear of one at once, and the leader hears when
 * it is answered. Call inside the comment's board change with its manager; publish after the commit.
 */
@Injectable()
export class InstructionNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UserDirectory,
  ) {}

  /** The lead department's members who may see the board (none while the task has no lead department). */
  async given(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    leadDepartmentId: string | null,
    instruction: InstructionComment,
  ): Promise<NotificationView[]> {
    if (leadDepartmentId === null) return [];
    const members = await this.users.membersOf(leadDepartmentId, manager);
    return this.notifications.record(manager, board, members, this.draft('instruction', instruction));
  }

  /** The leader who gave the instruction, told of the reply that answered it. */
  async answered(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    leaderId: string,
    reply: InstructionComment,
  ): Promise<NotificationView[]> {
    const leader = await this.users.findById(leaderId, manager);
    return this.notifications.record(manager, board, leader, this.draft('instruction_answered', reply));
  }

  private draft(kind: 'instruction' | 'instruction_answered', comment: InstructionComment) {
    return {
      kind,
      taskId: comment.taskId,
      taskTitle: comment.taskTitle,
      message: excerpt(comment.body),
      deadline: null,
      actorId: comment.authorId,
      createdAt: comment.createdAt,
    };
  }
}

function excerpt(body: string): string {
  const text = body.trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1)}…`;
}
