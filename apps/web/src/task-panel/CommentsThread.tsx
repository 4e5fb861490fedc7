import { routes } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { usePermissions } from '../board-live/usePermissions';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { useCommentMutations } from './useCommentMutations';
import { LoadFailed } from '../ui/LoadFailed';

/** The task's comments, oldest first, kept live by the board's socket; anyone who sees the task may post. */
export function CommentsThread({ taskId }: { taskId: string }) {
  const { t } = useTranslation(['common', 'task']);
  const token = useToken();
  const { online } = usePermissions();
  const { create } = useCommentMutations(taskId);
  const comments = useQuery({
    queryKey: queryKeys.comments(taskId),
    queryFn: () => call(routes.listComments, { token, params: { taskId } }),
  });

  return (
    <div className="comments">
      {comments.isPending && <p className="muted">{t('loading')}</p>}
      {comments.isError && <LoadFailed error={comments.error} onRetry={() => void comments.refetch()} />}
      {comments.data?.length === 0 && <p className="muted">{t('task:comments.empty')}</p>}
      {comments.data && comments.data.length > 0 && (
        <ol className="comment-list">
          {comments.data.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ol>
      )}
      <CommentForm
        label={t('task:comments.new')}
        submitLabel={t('task:comments.post')}
        pending={create.isPending}
        disabled={!online}
        onSubmit={(body) => create.mutateAsync(body)}
      />
      {create.error && (
        <p className="error" role="alert">
          {t('task:comments.failed', { message: create.error.message })}
        </p>
      )}
    </div>
  );
}
