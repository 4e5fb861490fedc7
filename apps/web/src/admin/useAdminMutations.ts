import {
  routes,
  type CreateDepartmentInput,
  type CreateUserInput,
  type UpdateDepartmentInput,
  type UpdateUserInput,
} from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { adminActivityKey } from './useAdminData';

/** After any administration write: the lists and the log are read again (the directory too). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [queryKeys.departments, queryKeys.users, adminActivityKey, queryKeys.me].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useCreateDepartment() {
  const token = useToken();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateDepartmentInput) => call(routes.createDepartment, { token, body }),
    onSuccess: refresh,
  });
}

export function useUpdateDepartment() {
  const token = useToken();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDepartmentInput }) =>
      call(routes.updateDepartment, { token, params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteDepartment() {
  const token = useToken();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => call(routes.deleteDepartment, { token, params: { id } }),
    onSuccess: refresh,
  });
}

export function useCreateUser() {
  const token = useToken();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateUserInput) => call(routes.createUser, { token, body }),
    onSuccess: refresh,
  });
}

export function useUpdateUser() {
  const token = useToken();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserInput }) =>
      call(routes.updateUser, { token, params: { id }, body }),
    onSuccess: refresh,
  });
}
