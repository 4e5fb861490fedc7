import type { NotificationView } from '@duban/contracts';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { NotificationBus } from '../notifications/notification-bus';
import { userRoom, type DubanServer } from './socket-types';

/**
 * Sends each committed notification to its recipient's own sockets (every socket joins `user:<id>` on
 * connect). A user offline at the time finds it in `GET /api/notifications`.
 */
@Injectable()
export class NotificationBroadcaster implements OnModuleDestroy {
  private server?: DubanServer;
  private readonly subscription: Subscription;

  constructor(bus: NotificationBus) {
    this.subscription = bus.committed$.subscribe((notification) => this.send(notification));
  }

  attach(server: DubanServer): void {
    this.server = server;
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  private send(notification: NotificationView): void {
    this.server?.to(userRoom(notification.userId)).emit('notification', notification);
  }
}
