import type { NotificationView } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/**
 * Hands committed notifications from the domain services to the realtime layer, which sends each one to
 * its recipient's sockets. Publish only after the transaction that recorded them has committed.
 */
@Injectable()
export class NotificationBus {
  private readonly subject = new Subject<NotificationView>();

  get committed$(): Observable<NotificationView> {
    return this.subject.asObservable();
  }

  publish(notifications: readonly NotificationView[]): void {
    for (const notification of notifications) this.subject.next(notification);
  }
}
