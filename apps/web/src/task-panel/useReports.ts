import type { CreateReportInput, ReportView } from '@duban/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

const reportsPath = (taskId: string) => `/tasks/${encodeURIComponent(taskId)}/reports`;

/** The task's progress reports, newest first; new ones arrive live through board-sync. */
export function useReports(taskId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.reports(taskId),
    queryFn: () => apiRequest<ReportView[]>(reportsPath(taskId), { token }),
  });
}

export function usePostReport(taskId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateReportInput) =>
      apiRequest<ReportView>(reportsPath(taskId), { method: 'POST', token, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.reports(taskId) }),
  });
}
