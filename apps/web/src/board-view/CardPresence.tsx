import type { PresenceViewer } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { AvatarList } from './AvatarList';

/** Who has this task open right now: those changing it ("editing"), then those reading it ("viewing"). */
export function CardPresence({ presence }: { presence: readonly PresenceViewer[] }) {
  const { t } = useTranslation(['common', 'board']);
  const editing = presence.filter((viewer) => viewer.task?.activity === 'editing');
  const viewing = presence.filter((viewer) => viewer.task?.activity !== 'editing');
  return (
    <span className="card-presences">
      {editing.length > 0 && (
        <Group
          testId="card-editors"
          className="card-editors"
          names={editing}
          label={t('board:card.editingBy', {
            names: names(editing).join(', '),
          })}
          word={t('board:card.editing')}
        />
      )}
      {viewing.length > 0 && (
        <Group
          testId="card-viewers"
          className="card-viewers"
          names={viewing}
          label={t('board:card.viewingBy', {
            names: names(viewing).join(', '),
          })}
          word={t('board:card.viewing')}
        />
      )}
    </span>
  );
}

const names = (viewers: readonly PresenceViewer[]) => viewers.map((viewer) => viewer.displayName);

interface GroupProps {
  testId: string;
  className: string;
  names: readonly PresenceViewer[];
  label: string;
  word: string;
}

function Group({ testId, className, names: viewers, label, word }: GroupProps) {
  return (
    <span className={`card-presence ${className}`} data-testid={testId}>
      <AvatarList names={names(viewers)} label={label} max={2} />
      <span className="card-presence-label" aria-hidden="true">
        {word}
      </span>
    </span>
  );
}
