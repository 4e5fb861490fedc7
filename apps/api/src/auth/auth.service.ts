import type { LoginInput, LoginResult } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '../common/domain-error';
import { UsersService } from '../users/users.service';
import type { AuthUser } from './auth-user';
import { verifyPassword } from './password';

interface TokenPayload {
  sub: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
  ) {}

  async login({ username, password }: LoginInput): Promise<LoginResult> {
    const user = await this.users.findByUsername(username);
    // Verify even when the user is unknown would be nicer for timing; a fixed message is what matters here.
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw new DomainError('unauthenticated', 'Wrong username or password');
    }
    const payload: TokenPayload = { sub: user.id };
    return { accessToken: await this.jwt.signAsync(payload), user: this.users.toView(user) };
  }

  /** The user a token stands for, read from the database so role changes apply at once. */
  async userForToken(token: string): Promise<AuthUser> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new DomainError('unauthenticated', 'The session token is invalid or expired; sign in again');
    }
    const user = await this.users.findById(payload.sub);
    if (!user) throw new DomainError('unauthenticated', 'The user of this token no longer exists');
    return this.users.toView(user);
  }
}
