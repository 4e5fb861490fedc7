import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { describeChanges, type HistoryEntry } from './task-history';
import { TimeAgo } from './TimeAgo';
import { useFieldLookups } from './useFieldLookups';

/** One history entry as a sentence: "Li Na changed Progress 20% → 40%, Deadline 2021-06-30 → 2021-07-15". */
export function HistoryLine({ entry }: { entry: HistoryEntry }) {
  const text = useHistoryText(entry);
  return (
    <li className="history-line" data-testid="history-line">
      <span>{text}</span> <TimeAgo at={entry.at} />
    </li>
  );
}

function useHistoryText({ actorId, action }: HistoryEntry): string {
  const { t } = useTranslation(['common', 'task']);
  const { userName } = useDirectory();
  const lookups = useFieldLookups();
  const actor = userName(actorId);
  switch (action.kind) {
    case 'moved':
      return t('task:history.moved', { actor, status: t(`status.${action.to}`) });
    case 'reordered':
      return t('task:history.reordered', { actor, status: t(`status.${action.within}`) });
    case 'updated': {
      if (action.fields.length === 0) return t('task:history.updatedUnknown', { actor });
      const changes = describeChanges(action, lookups).map(({ field, before, after }) => {
        const label = t(`task:history.field.${field}`);
        return before === undefined ? label : t('task:history.change', { field: label, before, after });
      });
      return t('task:history.updated', { actor, changes: changes.join(t('task:history.changeSeparator')) });
    }
    case 'submitted':
      return t('task:history.submitted', { actor, result: action.result });
    case 'verified':
      return t('task:history.verified', { actor, note: action.note || '—' });
    case 'returned':
      return t('task:history.returned', { actor, reason: action.reason });
    case 'reported':
      return t('task:history.reported', { actor, progress: action.progress, text: action.text });
    case 'lightChanged':
      return t('task:history.lightChanged', { light: t(`light.${action.light}`) });
    case 'reminded':
      if (!action.automatic) return t('task:history.reminded', { actor, message: action.message });
      return action.level === 'leader'
        ? t('task:history.escalated', { message: action.message })
        : t('task:history.remindedAutomatically', { message: action.message });
    case 'acknowledged':
    case 'created':
    case 'deleted':
    case 'commented':
    case 'commentEdited':
    case 'commentDeleted':
      return t(`task:history.${action.kind}`, { actor });
  }
}
