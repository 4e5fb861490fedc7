import type {
  CreateUserInput,
  CurrentUser,
  UpdatePreferencesInput,
  UpdateUserInput,
  UserPreferences,
  UserView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository, type EntityManager } from 'typeorm';
import { canAdminister } from '@duban/contracts';
import { AdminAuditService } from '../admin-audit/admin-audit.service';
import type { AuthUser } from '../auth/auth-user';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionEvents, type SessionEvent } from '../auth/session-events';
import { SessionsService } from '../auth/sessions.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../common/postgres-errors';
import { DepartmentsService } from '../departments/departments.service';
import { userAdminActions } from './user-admin-actions';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly departments: DepartmentsService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly sessionEvents: SessionEvents,
    private readonly clock: Clock,
    private readonly audit: AdminAuditService,
  ) {}

  list(): Promise<UserView[]> {
    return this.users
      .find({ order: { username: 'ASC' } })
      .then((rows) => rows.map((row) => this.toView(row)));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username: username.toLowerCase() });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /** Creates a user: by an administrator (logged), or with no actor by the first-run setup and the demo. */
  async create(actor: AuthUser | null, input: CreateUserInput): Promise<UserView> {
    if (actor) assertAdmin(actor);
    await this.departments.assertAssignable(input.departmentId ? [input.departmentId] : [], 'departmentId');
    const user = this.users.create({
      id: randomUUID(),
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      departmentId: input.departmentId ?? null,
      passwordHash: await this.hasher.hash(input.password),
    });
    await this.users.manager.transaction(async (manager) => {
      await this.saveUnique(user, manager.getRepository(UserEntity));
      if (actor) {
        const target = { type: 'user' as const, id: user.id, name: user.displayName };
        await this.audit.record(manager, actor, [{ action: 'user.created', target }]);
      }
    });
    return this.toView(user);
  }

  /**
   * An administrator changes a user. A password reset or deactivation ends every session of the user in
   * the same transaction; the realtime layer hears of it (and of a role or department change) after commit.
   */
  async update(actor: AuthUser, id: string, input: UpdateUserInput): Promise<UserView> {
    assertAdmin(actor);
    if (input.active === false && id === actor.id) {
      throw DomainError.invalidField('active', 'you cannot deactivate your own account');
    }
    // So that there is always an administrator left to undo it: another administrator must do it.
    if (input.role !== undefined && input.role !== 'admin' && id === actor.id) {
      throw DomainError.invalidField('role', 'you cannot take away your own administrator role');
    }
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainError.notFound('User');
    if (input.departmentId) {
      const keep = user.departmentId ? [user.departmentId] : [];
      await this.departments.assertAssignable([input.departmentId], 'departmentId', keep);
    }
    const before = { ...user };
    if (input.username !== undefined) user.username = input.username.toLowerCase();
    if (input.displayName !== undefined) user.displayName = input.displayName;
    if (input.role !== undefined) user.role = input.role;
    if (input.departmentId !== undefined) user.departmentId = input.departmentId;
    if (input.password !== undefined) user.passwordHash = await this.hasher.hash(input.password);
    if (input.active !== undefined && input.active !== user.active) {
      user.active = input.active;
      user.deactivatedAt = input.active ? null : this.clock.now();
    }
    const endsSessions = input.password !== undefined || (before.active && !user.active);
    const departmentNames = await this.departments.namesOf([before.departmentId, user.departmentId]);
    const actions = userAdminActions(before, user, input.password !== undefined, (departmentId) =>
      departmentId === null ? null : (departmentNames.get(departmentId) ?? departmentId),
    );
    await this.users.manager.transaction(async (manager) => {
      await this.saveUnique(user, manager.getRepository(UserEntity));
      if (endsSessions) await this.sessions.endAll(user.id, manager);
      await this.audit.record(manager, actor, actions);
    });
    for (const event of sessionEventsOf(before, user, endsSessions)) this.sessionEvents.publish(event);
    return this.toView(user);
  }

  /** The signed-in user as `GET /api/me` answers: their account and their preferences. */
  async currentUser(id: string): Promise<CurrentUser> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainError.notFound('User');
    return { ...this.toView(user), preferences: preferencesOf(user) };
  }

  /** A user changes their own preferences; fields left out keep their value. */
  async updatePreferences(id: string, input: UpdatePreferencesInput): Promise<UserPreferences> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw DomainError.notFound('User');
    if (input.language !== undefined) user.language = input.language;
    if (input.cardDensity !== undefined) user.cardDensity = input.cardDensity;
    await this.users.update({ id }, { language: user.language, cardDensity: user.cardDensity });
    return preferencesOf(user);
  }

  /** Stores a new password hash; pass the `manager` of the transaction that also ends the user's sessions. */
  async setPasswordHash(id: string, passwordHash: string, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash });
  }

  /** Throws 400 naming `field` unless every id is an existing user. */
  async assertExist(ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await this.users.countBy({ id: In(unique) });
    if (found !== unique.length) throw DomainError.invalidField(field, 'no such user');
  }

  toView(user: UserEntity): UserView {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      departmentId: user.departmentId,
      active: user.active,
    };
  }

  private async saveUnique(user: UserEntity, users = this.users): Promise<void> {
    try {
      await users.save(user);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('already_exists', `The username "${user.username}" is taken`, [
          { field: 'username', message: 'already taken' },
        ]);
      }
      throw error;
    }
  }
}

function preferencesOf(user: UserEntity): UserPreferences {
  return { language: user.language, cardDensity: user.cardDensity };
}

/** What live sockets must act on after an administrator's change to a user. */
function sessionEventsOf(before: UserEntity, after: UserEntity, endedSessions: boolean): SessionEvent[] {
  const events: SessionEvent[] = [];
  const fields = ['username', 'displayName', 'role', 'departmentId'] as const;
  if (fields.some((field) => before[field] !== after[field])) {
    events.push({ type: 'user.changed', userId: after.id });
  }
  if (endedSessions) events.push({ type: 'sessions.ended', userId: after.id });
  return events;
}

function assertAdmin(actor: AuthUser): void {
  if (!canAdminister(actor)) throw DomainError.forbidden('Only an administrator can manage users');
}
