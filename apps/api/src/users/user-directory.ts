import type { UserView } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** Who a user is, as far as notifying them goes: enough to check that they may see a board. */
export type UserListing = Pick<UserView, 'id' | 'role' | 'departmentId'>;

const LISTING_COLUMNS = { id: true, role: true, departmentId: true } as const;

/**
 * Looks people up for other domains (mentions, reminders), so that only users/ queries the user table.
 * Inside a board change pass its `manager`, so the lookup reads what that transaction sees.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The users with these usernames; unknown names are left out. */
  findByUsernames(
    usernames: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserListing[]> {
    if (usernames.length === 0) return Promise.resolve([]);
    return manager.find(UserEntity, { where: { username: In([...usernames]) }, select: LISTING_COLUMNS });
  }

  /** The members (not leaders or supervisors) of a department. */
  membersOf(departmentId: string, manager: EntityManager = this.dataSource.manager): Promise<UserListing[]> {
    return manager.find(UserEntity, { where: { departmentId, role: 'member' }, select: LISTING_COLUMNS });
  }

  /** How many users, of any role, active or not, belong to the department. */
  countInDepartment(departmentId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.countBy(UserEntity, { departmentId });
  }

  /** The user with this id, as a list: empty when there is none. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserListing[]> {
    return manager.find(UserEntity, { where: { id }, select: LISTING_COLUMNS });
  }
}
