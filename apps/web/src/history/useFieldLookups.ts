import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import type { FieldFormatLookups } from './task-field-format';

/** Names from the directory and labels from i18n, for showing field values (history, conflicts). */
export function useFieldLookups(): FieldFormatLookups {
  const { t } = useTranslation(['common', 'task']);
  const { userName, departmentName } = useDirectory();
  return useMemo(
    () => ({
      userName,
      departmentName,
      statusLabel: (status) => t(`status.${status}`),
      kindLabel: (kind) => t(`kind.${kind}`),
      none: t('task:none'),
      listSeparator: t('task:listSeparator'),
    }),
    [t, userName, departmentName],
  );
}
