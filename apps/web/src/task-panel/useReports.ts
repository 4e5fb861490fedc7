import { routes, type CreateReportInput } from '@duban/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The task's progress reports, newest first; new ones arrive live through board-sync. */
export function useReports(taskId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.reports(taskId),
    queryFn: () => call(routes.listReports, { token, params: { taskId } }),
  });
}

export function usePostReport(taskId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReportInput) =>
      call(routes.createReport, { token, params: { taskId }, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reports(taskId) }),
  });
}
