import { uuidSchema, type ChangePasswordInput, type LoginInput, type LoginResult } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { UsersService } from '../users/users.service';
import type { AuthUser } from './auth-user';
import type { RequestClient } from './request-client.decorator';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import type { SessionEntity } from './session.entity';
import { SessionEvents } from './session-events';
import { SessionsService } from './sessions.service';

interface TokenPayload {
  /** The user's id. */
  sub: string;
  /** The session's id: the token is honoured only while that session runs. */
  sid: string;
  exp: number;
}

/** Who a token stands for, checked against the session and the user as stored now. */
export interface Authentication {
  user: AuthUser;
  sessionId: string;
  expiresAt: Date;
}

const WRONG_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessionEvents: SessionEvents,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Signs in. A wrong password, an unknown user and a deactivated account get the same 401 after the same
   * Argon2 work, so neither the answer nor its timing tells which usernames exist.
   */
  async login({ username, password }: LoginInput, client: RequestClient): Promise<LoginResult> {
    const attempt = { account: username.toLowerCase(), address: client.address };
    await this.throttle.begin(attempt);
    const user = await this.users.findByUsername(username);
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || !user.active) {
      throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(attempt);
    const session = await this.sessions.start(user.id, client.userAgent);
    return { accessToken: await this.tokenFor(session), user: this.users.toView(user) };
  }

  /** The user, session and expiry a token stands for; 401 unless its session runs and its user is active. */
  async authenticate(token: string): Promise<Authentication> {
    const { sub, sid } = await this.verifiedPayload(token);
    const session = await this.sessions.findRunning(sid, sub);
    if (!session?.user) {
      throw new DomainError('unauthenticated', 'This session has ended; sign in again');
    }
    return { user: this.users.toView(session.user), sessionId: session.id, expiresAt: session.expiresAt };
  }

  /** The user a token stands for, read from the database so role changes apply at once. */
  async userForToken(token: string): Promise<AuthUser> {
    return (await this.authenticate(token)).user;
  }

  /** Signs out: this session ends; the user's other sessions go on. */
  async logout(user: AuthUser, sessionId: string): Promise<void> {
    await this.sessions.end(sessionId);
    this.sessionEvents.publish({ type: 'sessions.ended', userId: user.id, sessionId });
  }

  /**
   * Changes the signed-in user's own password: every session of theirs ends (a thief's included) and this
   * device gets a fresh one, so the user stays signed in here. A wrong current password counts as a failed
   * sign-in, so a stolen token cannot be used to guess the password either.
   */
  async changeOwnPassword(
    user: AuthUser,
    input: ChangePasswordInput,
    client: RequestClient,
  ): Promise<LoginResult> {
    const attempt = { account: user.username, address: client.address };
    await this.throttle.begin(attempt);
    const stored = await this.users.findById(user.id);
    if (!stored || !(await this.hasher.verify(stored.passwordHash, input.currentPassword))) {
      throw DomainError.invalidField('currentPassword', 'is not your current password');
    }
    await this.throttle.succeeded(attempt);
    const passwordHash = await this.hasher.hash(input.newPassword);
    const session = await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(user.id, passwordHash, manager);
      await this.sessions.endAll(user.id, manager);
      return this.sessions.start(user.id, client.userAgent, manager);
    });
    this.sessionEvents.publish({ type: 'sessions.ended', userId: user.id });
    return { accessToken: await this.tokenFor(session), user };
  }

  private tokenFor(session: SessionEntity): Promise<string> {
    const payload: TokenPayload = {
      sub: session.userId,
      sid: session.id,
      exp: Math.floor(session.expiresAt.getTime() / 1000),
    };
    return this.jwt.signAsync(payload);
  }

  /** A well-signed, unexpired token that names both a user and a session; anything else is a 401. */
  private async verifiedPayload(token: string): Promise<Pick<TokenPayload, 'sub' | 'sid'>> {
    let payload: Partial<Record<keyof TokenPayload, unknown>>;
    try {
      payload = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new DomainError('unauthenticated', 'The session token is invalid or expired; sign in again');
    }
    const sub = uuidSchema.safeParse(payload.sub);
    const sid = uuidSchema.safeParse(payload.sid);
    // A token without a user or session (e.g. one from before sessions existed) must not pick some user.
    if (!sub.success || !sid.success) {
      throw new DomainError('unauthenticated', 'The session token names no session; sign in again');
    }
    return { sub: sub.data, sid: sid.data };
  }
}
