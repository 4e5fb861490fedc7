import type { PresenceViewer } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { initials } from '../ui/initials';
import { useBoardLive } from '../board-live/board-live-context';
import './presence-avatars.css';

/** Who is on the board right now; a ring marks someone editing a task, a dashed one someone viewing one. */
export function PresenceAvatars() {
  const { t } = useTranslation('board');
  const { viewers } = useBoardLive();
  return (
    <ul className="presence" aria-label={t('presence.label')} data-testid="presence">
      {viewers.map((viewer) => (
        <li
          key={viewer.userId}
          className={`avatar ${activityClass(viewer)}`.trim()}
          data-activity={viewer.task?.activity}
          title={
            viewer.task
              ? t(`presence.${viewer.task.activity}`, { name: viewer.displayName })
              : viewer.displayName
          }
        >
          {initials(viewer.displayName)}
        </li>
      ))}
    </ul>
  );
}

function activityClass(viewer: PresenceViewer): string {
  if (!viewer.task) return '';
  return viewer.task.activity === 'editing' ? 'avatar-editing' : 'avatar-viewing';
}
