import { routes, type DepartmentView, type UserView } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useToken } from '../auth/useAuth';
import { call } from './api-client';
import { queryKeys } from './queries';

export interface Directory {
  users: UserView[];
  departments: DepartmentView[];
  userName: (userId: string | null) => string;
  departmentName: (departmentId: string | null) => string;
}

/** Users and departments, for names on cards and pickers. Fetched once per session. */
export function useDirectory(): Directory {
  const token = useToken();
  const users = useQuery({
    queryKey: queryKeys.users,
    queryFn: () => call(routes.listUsers, { token }),
    staleTime: 5 * 60_000,
  });
  const departments = useQuery({
    queryKey: queryKeys.departments,
    queryFn: () => call(routes.listDepartments, { token }),
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const userById = new Map((users.data ?? []).map((user) => [user.id, user]));
    const departmentById = new Map((departments.data ?? []).map((department) => [department.id, department]));
    return {
      users: users.data ?? [],
      departments: departments.data ?? [],
      userName: (userId) => (userId ? (userById.get(userId)?.displayName ?? '…') : ''),
      departmentName: (departmentId) => (departmentId ? (departmentById.get(departmentId)?.name ?? '…') : ''),
    };
  }, [users.data, departments.data]);
}
