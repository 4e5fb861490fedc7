import type { UserRole, UserView } from '@duban/contracts';

/** The users list's search box and filters; '' is "all". */
export interface UserFilters {
  search: string;
  role: UserRole | '';
  /** A department id, 'none' for users without one, or '' for all. */
  departmentId: string;
  active: 'active' | 'inactive' | '';
}

export const NO_USER_FILTERS: UserFilters = { search: '', role: '', departmentId: '', active: '' };

/** The users that match: the search in the name or username (any case), and every filter set. */
export function filterUsers(users: readonly UserView[], filters: UserFilters): UserView[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return users.filter(
    (user) =>
      (search === '' ||
        user.displayName.toLocaleLowerCase().includes(search) ||
        user.username.toLocaleLowerCase().includes(search)) &&
      (filters.role === '' || user.role === filters.role) &&
      (filters.departmentId === '' ||
        (filters.departmentId === 'none'
          ? user.departmentId === null
          : user.departmentId === filters.departmentId)) &&
      (filters.active === '' || user.active === (filters.active === 'active')),
  );
}
