import {
  attachmentsFrozenRefusal,
  canGiveInstruction,
  routes,
  type CommentView,
  type TaskView,
} from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChosenFiles, PlaceFiles, UploadList, useUploads } from '../attachments';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useDirectory } from '../api/useDirectory';
import { useToken } from '../auth/useAuth';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import { usePermissions } from '../board-live/usePermissions';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { InstructionItem } from './InstructionItem';
import { useCommentMutations } from './useCommentMutations';
import { LoadFailed } from '../ui/LoadFailed';

/**
 * The task's leader instructions (领导批示) first, then its comments, oldest first, kept live by the board's
 * socket; anyone who sees the task may post, a leader also as an instruction.
 */
export function CommentsThread({ task }: { task: TaskView }) {
  const taskId = task.id;
  const { t } = useTranslation(['common', 'task']);
  const token = useToken();
  const { userName } = useDirectory();
  const { me, online } = usePermissions();
  const board = useBoardSnapshot(task.boardId).data?.board;
  const { create } = useCommentMutations(taskId);
  const [asInstruction, setAsInstruction] = useState(false);
  const uploads = useUploads(taskId);
  const [files, setFiles] = useState<File[]>([]);
  const mayInstruct = me !== undefined && board !== undefined && canGiveInstruction(me, board);
  const comments = useQuery({
    queryKey: queryKeys.comments(taskId),
    queryFn: () => call(routes.listComments, { token, params: { taskId } }),
  });
  const instructions = comments.data?.filter((comment) => comment.kind === 'instruction') ?? [];
  const ordinary = comments.data?.filter((comment) => comment.kind !== 'instruction') ?? [];
  const byId = new Map((comments.data ?? []).map((comment) => [comment.id, comment]));
  const answers = new Set(instructions.flatMap((instruction) => instruction.response?.commentId ?? []));
  const repliedTo = (comment: CommentView) => (comment.replyToId ? byId.get(comment.replyToId) : undefined);

  return (
    <div className="comments">
      {comments.isPending && <p className="muted">{t('loading')}</p>}
      {comments.isError && <LoadFailed error={comments.error} onRetry={() => void comments.refetch()} />}
      {instructions.length > 0 && (
        <section className="instructions" aria-label={t('task:instructions.title')}>
          <ol className="instruction-list">
            {instructions.map((instruction) => (
              <InstructionItem key={instruction.id} instruction={instruction} task={task} />
            ))}
          </ol>
        </section>
      )}
      {comments.data?.length === 0 && <p className="muted">{t('task:comments.empty')}</p>}
      {ordinary.length > 0 && (
        <ol className="comment-list">
          {ordinary.map((comment) => {
            const target = repliedTo(comment);
            return (
              <CommentItem
                key={comment.id}
                comment={comment}
                onRecord={answers.has(comment.id)}
                files={<PlaceFiles task={task} place={{ commentId: comment.id }} />}
                replyNote={
                  target?.kind === 'instruction'
                    ? t('task:instructions.replyNote', { name: userName(target.authorId) })
                    : undefined
                }
              />
            );
          })}
        </ol>
      )}
      <CommentForm
        label={asInstruction ? t('task:instructions.new') : t('task:comments.new')}
        submitLabel={asInstruction ? t('task:instructions.post') : t('task:comments.post')}
        pending={create.isPending}
        disabled={!online}
        option={
          mayInstruct
            ? { label: t('task:instructions.postAs'), checked: asInstruction, onChange: setAsInstruction }
            : undefined
        }
        files={
          attachmentsFrozenRefusal(task) === null ? (
            <ChosenFiles files={files} onChange={setFiles} disabled={!online || create.isPending} />
          ) : undefined
        }
        onSubmit={(body) =>
          create.mutateAsync(asInstruction ? { body, kind: 'instruction' } : { body }).then((comment) => {
            // The files go with the comment once it exists; each shows its progress below the form.
            uploads.upload(files, { commentId: comment.id });
            setFiles([]);
            setAsInstruction(false);
          })
        }
      />
      <UploadList uploads={uploads.uploads} onRetry={uploads.retry} onDismiss={uploads.dismiss} />
      {create.error && (
        <p className="error" role="alert">
          {t('task:comments.failed', { message: create.error.message })}
        </p>
      )}
    </div>
  );
}
