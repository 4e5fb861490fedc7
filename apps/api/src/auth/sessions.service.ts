import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager, type Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

/** How long a sign-in lasts: a working day, so a forgotten tab does not stay signed in for long. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/**
 * Session rows: started at sign-in, looked up on every request and socket, ended for good.
 *
 * Sessions read the real time (`Date`), not the app's `Clock`, on purpose: a session ends when its token's
 * `exp` passes, which the JWT library checks against the real time, and a test that sets the app's clock to
 * another month (deadlines, reminders, trends) must not sign everyone out. The socket expiry timers
 * (realtime/socket-sessions.service.ts) follow the same time.
 */
@Injectable()
export class SessionsService {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  /** A new session; pass the transaction's manager when it must commit together with other changes. */
  async start(userId: string, userAgent: string | null, manager?: EntityManager): Promise<SessionEntity> {
    const now = Date.now();
    const session = this.sessions.create({
      id: randomUUID(),
      userId,
      createdAt: new Date(now),
      expiresAt: new Date(now + SESSION_LIFETIME_MS),
      endedAt: null,
      userAgent: userAgent?.slice(0, 255) ?? null,
    });
    await (manager ?? this.sessions.manager).insert(SessionEntity, session);
    return session;
  }

  /** The session with its user, in one query, if it is still running and its user may still sign in. */
  findRunning(sessionId: string, userId: string): Promise<SessionEntity | null> {
    return this.sessions.findOne({
      where: {
        id: sessionId,
        userId,
        endedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
        user: { active: true },
      },
      relations: { user: true },
    });
  }

  /** Ends one session (sign-out). */
  async end(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, endedAt: IsNull() }, { endedAt: new Date() });
  }

  /** Ends every running session of the user (password change or reset, deactivation). */
  async endAll(userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.sessions.manager).update(
      SessionEntity,
      { userId, endedAt: IsNull() },
      { endedAt: new Date() },
    );
  }
}
