import {
  canSeeBoard,
  type BoardView,
  type NotificationKind,
  type NotificationList,
  type NotificationsQuery,
  type NotificationsReadAllResult,
  type NotificationView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { UserListing } from '../users/user-directory';
import { NotificationBus } from './notification-bus';
import { NotificationEntity } from './notification.entity';
import { toNotificationView } from './notification.mapper';

export type Recipient = UserListing;

/** What the recipients are told; the same for each of them. */
export interface NotificationDraft {
  kind: NotificationKind;
  taskId: string | null;
  taskTitle: string | null;
  message: string;
  /** Reminders and escalations: the task's deadline, so clients can word automatic ones themselves. */
  deadline: string | null;
  actorId: string | null;
  createdAt: Date;
}

/**
 * Each user's notification centre. Other domains record notifications inside their own board change
 * (`record`, with that change's manager) and `publish` them once it has committed.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly bus: NotificationBus,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: NotificationsQuery): Promise<NotificationList> {
    const rows = await this.notifications.find({
      where: { userId: user.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: query.limit,
    });
    const unread = await this.notifications.countBy({ userId: user.id, readAt: IsNull() });
    return { items: rows.map(toNotificationView), unread };
  }

  /** Marks one of the user's own notifications read (again: no change); anyone else's does not exist (404). */
  async markRead(user: AuthUser, notificationId: string): Promise<NotificationView> {
    const notification = await this.notifications.findOneBy({ id: notificationId, userId: user.id });
    if (!notification) throw DomainError.notFound('Notification');
    if (notification.readAt === null) {
      notification.readAt = this.clock.now();
      await this.notifications.update(
        { id: notificationId, userId: user.id, readAt: IsNull() },
        { readAt: notification.readAt },
      );
    }
    return toNotificationView(notification);
  }

  async markAllRead(user: AuthUser): Promise<NotificationsReadAllResult> {
    const { affected } = await this.notifications.update(
      { userId: user.id, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    return { marked: affected ?? 0 };
  }

  /**
   * Inside a board change: records the draft for each recipient who may see the board (nobody learns of a
   * board they cannot open), once per user. Returns what to `publish` after the change commits.
   */
  async record(
    manager: EntityManager,
    board: Pick<BoardView, 'id' | 'departmentIds'>,
    recipients: readonly Recipient[],
    draft: NotificationDraft,
  ): Promise<NotificationView[]> {
    const allowed = recipients.filter((recipient) => canSeeBoard(recipient, board));
    const userIds = [...new Set(allowed.map((recipient) => recipient.id))];
    if (userIds.length === 0) return [];
    const rows = userIds.map((userId) =>
      manager.create(NotificationEntity, {
        id: randomUUID(),
        userId,
        boardId: board.id,
        readAt: null,
        ...draft,
      }),
    );
    await manager.insert(NotificationEntity, rows);
    return rows.map(toNotificationView);
  }

  /** Sends committed notifications to their recipients' sockets (through the realtime module). */
  publish(notifications: readonly NotificationView[]): void {
    this.bus.publish(notifications);
  }
}
