import { canDeleteComment, canEditComment, type CommentView } from '@duban/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { usePermissions } from '../board-live/usePermissions';
import { CommentForm } from './CommentForm';
import { CommentMarkdown } from './CommentMarkdown';
import { TimeAgo } from '../ui/TimeAgo';
import { useCommentMutations } from './useCommentMutations';
import { useMentionDirectory } from './useMentionDirectory';

interface CommentItemProps {
  comment: CommentView;
  /** An answered instruction's answer, or the instruction itself once answered: on record, not deleted. */
  onRecord?: boolean;
  /** Said above the text of a reply, such as "Reply to Wang's instruction". */
  replyNote?: string;
  /** The files attached to it, shown under its text. */
  files?: ReactNode;
}

/** One comment: author, time, Markdown body; its author may edit it, and delete it (admins too). */
export function CommentItem({ comment, onRecord = false, replyNote, files }: CommentItemProps) {
  const { t } = useTranslation(['common', 'task']);
  const { userName } = useDirectory();
  const { me, online } = usePermissions();
  const { update, remove } = useCommentMutations(comment.taskId);
  const mentions = useMentionDirectory(comment.boardId);
  const [editing, setEditing] = useState(false);
  const mayEdit = online && me !== undefined && canEditComment(me, comment);
  const mayDelete =
    online && me !== undefined && canDeleteComment(me, comment) && !onRecord && comment.response === null;
  const error = update.error ?? remove.error;

  const onDelete = () => {
    if (window.confirm(t('task:comments.confirmDelete'))) remove.mutate(comment.id);
  };

  return (
    <li className="comment" data-testid="comment">
      <div className="comment-meta">
        <strong>{userName(comment.authorId)}</strong>
        <TimeAgo at={comment.createdAt} />
        {comment.editedAt && <span className="muted">· {t('task:comments.edited')}</span>}
      </div>
      {replyNote && <p className="comment-reply-note">{replyNote}</p>}
      {editing ? (
        <CommentForm
          label={t('task:comments.editLabel')}
          submitLabel={t('save')}
          initialBody={comment.body}
          pending={update.isPending}
          onSubmit={(body) =>
            update.mutateAsync({ commentId: comment.id, body }).then(() => setEditing(false))
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentMarkdown body={comment.body} mentions={mentions} />
      )}
      {files}
      {!editing && (mayEdit || mayDelete) && (
        <div className="comment-actions">
          {mayEdit && (
            <button type="button" className="button-link" onClick={() => setEditing(true)}>
              {t('task:comments.edit')}
            </button>
          )}
          {mayDelete && (
            <button type="button" className="button-link" disabled={remove.isPending} onClick={onDelete}>
              {t('task:comments.delete')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {t('task:comments.failed', { message: error.message })}
        </p>
      )}
    </li>
  );
}
