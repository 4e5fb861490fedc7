import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The administration log's cache; every administration write refreshes it. */
export const adminActivityKey = ['admin', 'activity'] as const;

/** Departments and users as the administration screens show them: fresh, not the directory's 5 minutes. */
export function useAdminDepartments() {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.departments,
    queryFn: () => call(routes.listDepartments, { token }),
    staleTime: 0,
  });
}

export function useAdminUsers() {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: () => call(routes.listUsers, { token }),
    staleTime: 0,
  });
}

export function useAdminActivity() {
  const token = useToken();
  return useQuery({
    queryKey: adminActivityKey,
    queryFn: () => call(routes.listAdminActivity, { token, query: { limit: 200 } }),
    staleTime: 0,
  });
}
