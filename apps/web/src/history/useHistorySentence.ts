import { EDITABLE_TASK_FIELDS, formatFileSize, type FieldChange } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { fieldLabelKey } from './field-change-format';
import type { HistoryEntry } from './history-entries';

const EDITABLE: readonly string[] = EDITABLE_TASK_FIELDS;

/** What an entry's actor did, as the rest of a sentence: "changed deadline, lead department". */
export function useHistorySentence(entry: HistoryEntry): string {
  const { t } = useTranslation(['common', 'history']);
  const { userName } = useDirectory();
  const { action } = entry;
  const labels = (changes: readonly FieldChange[]) =>
    changes
      .map((change) => {
        const key = fieldLabelKey(change.record, change.field);
        return key ? t(`history:field.${key}`) : change.field;
      })
      .join(t('history:fieldSeparator'));
  switch (action.kind) {
    case 'moved':
      return t('history:sentence.moved', { status: t(`status.${action.to}`) });
    case 'reordered':
      return t('history:sentence.reordered', { status: t(`status.${action.within}`) });
    case 'updated': {
      // The fields a person edited; what the server kept track of alongside (assigned on…) is listed below.
      const taskChanges = entry.changes.filter((change) => change.record === 'task');
      const edited = taskChanges.filter((change) => EDITABLE.includes(change.field));
      const fields = labels(edited.length > 0 ? edited : taskChanges);
      if (fields.length === 0) return t('history:sentence.updatedUnknown');
      return t('history:sentence.updated', { fields });
    }
    case 'boardUpdated':
      return t('history:sentence.boardUpdated', { fields: labels(entry.changes) });
    case 'boardCreated':
      return t('history:sentence.boardCreated');
    case 'boardArchived':
      return t('history:sentence.boardArchived');
    case 'boardRestored':
      return t('history:sentence.boardRestored');
    case 'submitted':
      return t('history:sentence.submitted', { result: action.result });
    case 'verified':
      return t('history:sentence.verified', { note: action.note || '—' });
    case 'returned':
      return t('history:sentence.returned', { reason: action.reason });
    case 'reopened':
      return t('history:sentence.reopened', { reason: action.reason });
    case 'reported':
      return t('history:sentence.reported', { progress: action.progress, text: action.text });
    case 'fileAdded':
    case 'fileRemoved':
      return t(`history:sentence.${action.kind}`, { name: action.name, size: formatFileSize(action.size) });
    case 'lightChanged':
      return t('history:sentence.lightChanged', { light: t(`light.${action.light}`) });
    case 'reminded': {
      if (!action.automatic) return t('history:sentence.reminded', { message: action.message });
      const { deadline } = action;
      if (action.level === 'leader') {
        return deadline
          ? t('history:sentence.escalated', { deadline })
          : t('history:sentence.escalatedUndated');
      }
      return deadline
        ? t('history:sentence.remindedAutomatically', { deadline })
        : t('history:sentence.remindedAutomaticallyUndated');
    }
    case 'instructionAnswered':
      return t('history:sentence.instructionAnswered', { leader: userName(action.leaderId) });
    case 'instructionGiven':
    case 'acknowledged':
    case 'created':
    case 'deleted':
    case 'commented':
    case 'commentEdited':
    case 'commentDeleted':
      return t(`history:sentence.${action.kind}`);
  }
}
