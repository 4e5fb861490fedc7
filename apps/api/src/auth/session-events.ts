import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/**
 * What the realtime layer must act on at once when a user's access changes (published after commit):
 * - `user.changed`: role, department or display name changed; live sockets re-check every board room.
 * - `sessions.ended`: sign-out (one `sessionId`) or password change, reset, deactivation (every session of
 *   the user, `sessionId` absent); live sockets of those sessions are disconnected.
 */
export type SessionEvent =
  { type: 'user.changed'; userId: string } | { type: 'sessions.ended'; userId: string; sessionId?: string };

@Injectable()
export class SessionEvents {
  private readonly subject = new Subject<SessionEvent>();

  get events$(): Observable<SessionEvent> {
    return this.subject.asObservable();
  }

  publish(event: SessionEvent): void {
    this.subject.next(event);
  }
}
