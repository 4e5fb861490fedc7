import type { PresenceViewer, TaskView } from '@duban/contracts';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../api/useDirectory';
import { AvatarList } from './AvatarList';
import { CardFilesBadge } from './CardFilesBadge';
import { CardPresence } from './CardPresence';
import { CommentIcon } from './CommentIcon';
import { DeadlineLight } from './DeadlineLight';
import { ProgressBar } from './ProgressBar';
import { SupervisionBadges } from './SupervisionBadges';

interface TaskCardDetailsProps {
  task: TaskView;
  directory: Directory;
  presence: readonly PresenceViewer[];
}

/**
 * Everything on a card below its title. Memoized: while a card is dragged its wrapper re-renders on every
 * pointer move, this part only when the task, the names or the presence change.
 */
export const TaskCardDetails = memo(function TaskCardDetails({
  task,
  directory,
  presence,
}: TaskCardDetailsProps) {
  const { t } = useTranslation(['common', 'board']);
  const cooperating = task.cooperatingDepartmentIds.map((id) => directory.departmentName(id));
  const assignees = task.assigneeIds.map((id) => directory.userName(id));
  return (
    <>
      {task.kind === 'rectification' && <p className="card-kind">{t('kind.rectification')}</p>}
      <SupervisionBadges task={task} />
      {(task.leadDepartmentId || cooperating.length > 0) && (
        <dl className="card-departments">
          {task.leadDepartmentId && (
            <div>
              <dt>{t('field.leadDepartment')}</dt>
              <dd className="card-lead">{directory.departmentName(task.leadDepartmentId)}</dd>
            </div>
          )}
          {cooperating.length > 0 && (
            <div>
              <dt>{t('field.cooperatingDepartments')}</dt>
              <dd>{cooperating.join(t('board:card.listSeparator'))}</dd>
            </div>
          )}
        </dl>
      )}
      <DeadlineLight task={task} />
      <ProgressBar value={task.progress} />
      <div className="card-footer">
        {assignees.length > 0 && (
          <AvatarList
            names={assignees}
            label={t('field.assignees')}
            moreLabel={(count) => t('board:card.moreAssignees', { count })}
          />
        )}
        <span className="card-comments" title={t('board:card.comments', { count: task.commentCount })}>
          <CommentIcon />
          <span aria-hidden="true">{task.commentCount}</span>
          <span className="sr-only">{t('board:card.comments', { count: task.commentCount })}</span>
        </span>
        <CardFilesBadge count={task.attachmentCount} />
        {presence.length > 0 && <CardPresence presence={presence} />}
      </div>
    </>
  );
});
