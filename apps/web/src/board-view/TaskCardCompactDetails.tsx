import type { PresenceViewer, TaskView } from '@duban/contracts';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../api/useDirectory';
import { lightWordKey } from '../tasks/task-light';
import { AvatarList } from './AvatarList';
import { CardFilesBadge } from './CardFilesBadge';
import { CardPresence } from './CardPresence';
import { CommentIcon } from './CommentIcon';
import { shortDepartmentName } from './department-short-name';
import { SupervisionBadges } from './SupervisionBadges';

interface TaskCardCompactDetailsProps {
  task: TaskView;
  directory: Directory;
  presence: readonly PresenceViewer[];
}

/** How many cooperating departments get a chip before "+N". */
const COOPERATING_CHIPS = 2;

/**
 * A compact card below its title: departments as short-name chips (the full names on hover and for screen
 * readers), the light and deadline on one line with progress, people and comments.
 */
export const TaskCardCompactDetails = memo(function TaskCardCompactDetails({
  task,
  directory,
  presence,
}: TaskCardCompactDetailsProps) {
  const { t } = useTranslation(['common', 'board']);
  const lead = task.leadDepartmentId ? directory.departmentName(task.leadDepartmentId) : null;
  const cooperating = task.cooperatingDepartmentIds.map((id) => directory.departmentName(id));
  const shownCooperating = cooperating.slice(0, COOPERATING_CHIPS);
  const hiddenCooperating = cooperating.slice(COOPERATING_CHIPS);
  const assignees = task.assigneeIds.map((id) => directory.userName(id));
  const lightWord = t(lightWordKey(task));

  return (
    <>
      <div className="card-compact-tags">
        <SupervisionBadges task={task} />
        {(lead || cooperating.length > 0) && (
          <ul className="card-chips" aria-label={t('board:card.departments')}>
            {lead && (
              <DepartmentChip
                name={lead}
                role={t('field.leadDepartment')}
                className="card-chip card-chip-lead"
              />
            )}
            {shownCooperating.map((name, index) => (
              <DepartmentChip
                key={`${name}-${index}`}
                name={name}
                role={t('field.cooperatingDepartments')}
                className="card-chip"
              />
            ))}
            {hiddenCooperating.length > 0 && (
              <li
                className="card-chip card-chip-more"
                title={`${t('field.cooperatingDepartments')}: ${hiddenCooperating.join(t('board:card.listSeparator'))}`}
              >
                <span aria-hidden="true">+{hiddenCooperating.length}</span>
                <span className="sr-only">{hiddenCooperating.join(t('board:card.listSeparator'))}</span>
              </li>
            )}
          </ul>
        )}
      </div>
      <div className="card-footer card-compact-footer">
        <span
          className={`card-light card-light-${task.light}`}
          data-light={task.light}
          title={
            task.deadline ? `${lightWord} · ${t('board:card.deadline', { date: task.deadline })}` : lightWord
          }
        >
          <span className="card-light-dot" aria-hidden="true" />
          <span className="sr-only">{t('board:card.statusLight', { light: lightWord })}</span>
          {task.deadline && <span className="card-deadline">{task.deadline.slice(5)}</span>}
        </span>
        <span className="card-compact-progress" title={t('board:card.progress', { value: task.progress })}>
          {task.progress}%
        </span>
        {assignees.length > 0 && (
          <AvatarList
            names={assignees}
            label={t('field.assignees')}
            max={2}
            moreLabel={(count) => t('board:card.moreAssignees', { count })}
          />
        )}
        {task.commentCount > 0 && (
          <span className="card-comments" title={t('board:card.comments', { count: task.commentCount })}>
            <CommentIcon />
            <span aria-hidden="true">{task.commentCount}</span>
            <span className="sr-only">{t('board:card.comments', { count: task.commentCount })}</span>
          </span>
        )}
        <CardFilesBadge count={task.attachmentCount} />
        {presence.length > 0 && <CardPresence presence={presence} />}
      </div>
    </>
  );
});

function DepartmentChip({ name, role, className }: { name: string; role: string; className: string }) {
  return (
    <li className={className} title={`${role}: ${name}`}>
      <span aria-hidden="true">{shortDepartmentName(name)}</span>
      <span className="sr-only">{`${role}: ${name}`}</span>
    </li>
  );
}
