import { routes, type AttachmentView } from '@duban/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';

/** The task's files, its reports' and comments' included, oldest first; board-sync refreshes them live. */
export function useAttachments(taskId: string) {
  const token = useToken();
  return useQuery({
    queryKey: queryKeys.attachments(taskId),
    queryFn: () => call(routes.listAttachments, { token, params: { taskId } }),
  });
}

/** A file just uploaded shows at once; the socket's `attachment.added` then reloads the list for everyone. */
export function storeAttachment(queryClient: QueryClient, attachment: AttachmentView): void {
  queryClient.setQueryData<AttachmentView[]>(queryKeys.attachments(attachment.taskId), (attachments) =>
    attachments
      ? [...attachments.filter((known) => known.id !== attachment.id), attachment].sort((a, b) =>
          a.createdAt.localeCompare(b.createdAt),
        )
      : attachments,
  );
}

export function useRemoveAttachment(taskId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      call(routes.deleteAttachment, { token, params: { id: attachmentId } }),
    onSuccess: (_nothing, attachmentId) =>
      queryClient.setQueryData<AttachmentView[]>(queryKeys.attachments(taskId), (attachments) =>
        attachments?.filter((known) => known.id !== attachmentId),
      ),
  });
}
