import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { localDateTime } from '../ui/relative-time';
import { useFieldLookups } from './useFieldLookups';
import type { ChangeFormatLookups } from './field-change-format';

/** Names from the directory and labels in the reader's language, for showing recorded values. */
export function useChangeLookups(): ChangeFormatLookups {
  const { t, i18n } = useTranslation(['common', 'task', 'history']);
  const fields = useFieldLookups();
  const language = i18n.language;
  return useMemo(
    () => ({
      ...fields,
      lightLabel: (light) => t(`light.${light}`),
      reminderLevelLabel: (level) => t(`history:reminderLevel.${level}`),
      reportCadenceLabel: (cadence) => t(`history:reportCadence.${cadence}`),
      days: (count) => t('common:days', { count }),
      dateTime: (at) => localDateTime(at, language),
    }),
    [t, language, fields],
  );
}

/** Who did it: a person's name, or "System" for what the server did by itself. */
export function useActorName(): (actorId: string | null) => string {
  const { t } = useTranslation('history');
  const { userName } = useDirectory();
  return (actorId) => (actorId === null ? t('system') : userName(actorId));
}
