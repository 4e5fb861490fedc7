import { canAnswerInstruction, type CommentView, type TaskView } from '@duban/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { usePermissions } from '../board-live/usePermissions';
import { TimeAgo } from '../ui/TimeAgo';
import { useNow } from '../ui/useNow';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';
import { waitingDays } from './instruction-wait';
import { useCommentMutations } from './useCommentMutations';

interface InstructionItemProps {
  instruction: CommentView;
  task: Pick<TaskView, 'leadDepartmentId'>;
}

/**
 * A leader's instruction (领导批示), apart from the comments: the leader, the text, "Awaiting response · 3
 * days" or "Answered by …"; members of the lead department may reply, and their reply answers it.
 */
export function InstructionItem({ instruction, task }: InstructionItemProps) {
  const { t } = useTranslation(['common', 'task']);
  const { userName } = useDirectory();
  const { me, online } = usePermissions();
  const { create } = useCommentMutations(instruction.taskId);
  const now = useNow();
  const [replying, setReplying] = useState(false);
  const mayReply = online && me !== undefined && canAnswerInstruction(me, task);
  const { response } = instruction;

  return (
    <li
      className={`instruction ${response ? 'instruction-answered' : 'instruction-awaiting'}`}
      data-testid="instruction"
    >
      <p className="instruction-heading">
        <span className="instruction-label">{t('task:instructions.label')}</span>
        <span className="instruction-status" data-testid="instruction-status">
          {response
            ? t('task:instructions.answeredBy', { name: userName(response.authorId) })
            : t('task:instructions.awaiting', {
                days: t('common:days', { count: waitingDays(instruction.createdAt, now) }),
              })}
          {response && (
            <>
              {' · '}
              <TimeAgo at={response.at} />
            </>
          )}
        </span>
      </p>
      <ol className="comment-list instruction-body">
        <CommentItem comment={instruction} />
      </ol>
      {mayReply && !replying && (
        <button type="button" className="button-link" onClick={() => setReplying(true)}>
          {t('task:instructions.reply')}
        </button>
      )}
      {replying && (
        <CommentForm
          label={t('task:instructions.replyLabel', { name: userName(instruction.authorId) })}
          submitLabel={t('task:instructions.postReply')}
          pending={create.isPending}
          disabled={!online}
          onSubmit={(body) =>
            create.mutateAsync({ body, replyToId: instruction.id }).then(() => setReplying(false))
          }
          onCancel={() => setReplying(false)}
        />
      )}
      {create.error && (
        <p className="error" role="alert">
          {t('task:comments.failed', { message: create.error.message })}
        </p>
      )}
    </li>
  );
}
