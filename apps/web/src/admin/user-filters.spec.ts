import type { UserView } from '@duban/contracts';
import { filterUsers, NO_USER_FILTERS } from './user-filters';

const user = (overrides: Partial<UserView>): UserView => ({
  id: overrides.username ?? 'x',
  username: 'x',
  displayName: 'X',
  role: 'member',
  departmentId: null,
  active: true,
  ...overrides,
});

const users = [
  user({ username: 'li.na', displayName: 'Li Na', departmentId: 'ecology' }),
  user({ username: 'wang.li', displayName: 'Wang Li', role: 'supervisor' }),
  user({ username: 'zhao', displayName: '赵副市长', role: 'leader', active: false }),
];
const names = (found: UserView[]) => found.map((found) => found.username);

describe('filterUsers', () => {
  it('keeps everyone without filters', () => {
    expect(names(filterUsers(users, NO_USER_FILTERS))).toEqual(['li.na', 'wang.li', 'zhao']);
  });

  it('searches display names and usernames, in any case', () => {
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, search: ' LI ' }))).toEqual(['li.na', 'wang.li']);
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, search: '副市长' }))).toEqual(['zhao']);
  });

  it('filters by role, department (or none) and active, all together', () => {
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, role: 'leader' }))).toEqual(['zhao']);
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, departmentId: 'ecology' }))).toEqual(['li.na']);
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, departmentId: 'none' }))).toEqual([
      'wang.li',
      'zhao',
    ]);
    expect(names(filterUsers(users, { ...NO_USER_FILTERS, active: 'inactive' }))).toEqual(['zhao']);
    expect(
      names(
        filterUsers(users, { ...NO_USER_FILTERS, departmentId: 'none', active: 'active', search: 'wang' }),
      ),
    ).toEqual(['wang.li']);
  });
});
