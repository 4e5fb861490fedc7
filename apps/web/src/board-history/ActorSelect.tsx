import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { SYSTEM_ACTOR, type ActorFilter } from './history-filters';

interface ActorSelectProps {
  value: ActorFilter | null;
  onChange: (actorId: ActorFilter | null) => void;
}

/** Whose changes: anyone, the system (lights, automatic reminders), or one person from the directory. */
export function ActorSelect({ value, onChange }: ActorSelectProps) {
  const { t } = useTranslation('history');
  const { users } = useDirectory();
  const id = useId();
  const people = useMemo(
    () => [...users].sort((a, b) => a.displayName.localeCompare(b.displayName)),
    [users],
  );
  const unknown = value !== null && value !== SYSTEM_ACTOR && !people.some((user) => user.id === value);

  return (
    <div className="history-filter">
      <label htmlFor={id}>{t('board.actor')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('board.anyActor')}</option>
        <option value={SYSTEM_ACTOR}>{t('system')}</option>
        {/* A link may name someone the directory has not loaded (yet): keep the filter visible. */}
        {unknown && <option value={value}>…</option>}
        {people.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
