import type { PresenceViewer } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { AvatarList } from './AvatarList';

/** Who has this task open for editing right now. */
export function CardEditors({ editors }: { editors: readonly PresenceViewer[] }) {
  const { t } = useTranslation(['common', 'board']);
  const names = editors.map((editor) => editor.displayName);
  return (
    <span className="card-editors" data-testid="card-editors">
      <AvatarList names={names} label={t('board:card.editingBy', { names: names.join(', ') })} max={2} />
      <span className="card-editors-label" aria-hidden="true">
        {t('board:card.editing')}
      </span>
    </span>
  );
}
