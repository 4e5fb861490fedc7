import { useTranslation } from 'react-i18next';
import { FIELD_LABEL_KEYS, formatFieldValue } from '../history/task-field-format';
import { useFieldLookups } from '../history/useFieldLookups';
import type { EditConflict } from './useTaskEditor';

interface ConflictBoxProps {
  conflict: EditConflict;
  busy: boolean;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
}

/** Someone saved the same fields first: their value next to the user's, and one click to choose. */
export function ConflictBox({ conflict, busy, onApplyMine, onKeepTheirs }: ConflictBoxProps) {
  const { t } = useTranslation(['common', 'task']);
  const lookups = useFieldLookups();
  return (
    <section className="task-conflict" role="alert" aria-labelledby="task-conflict-title">
      <h3 id="task-conflict-title">{t('task:conflict.title')}</h3>
      <p>{t('task:conflict.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('task:conflict.field')}</th>
            <th scope="col">{t('task:conflict.theirs')}</th>
            <th scope="col">{t('task:conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th scope="row">{t(FIELD_LABEL_KEYS[field])}</th>
              <td data-testid={`conflict-theirs-${field}`}>
                {formatFieldValue(field, conflict.current, lookups)}
              </td>
              <td data-testid={`conflict-yours-${field}`}>
                {formatFieldValue(field, conflict.changes, lookups)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="task-conflict-actions">
        <button type="button" disabled={busy} onClick={onApplyMine}>
          {t('task:conflict.applyMine')}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onKeepTheirs}>
          {t('task:conflict.keepTheirs')}
        </button>
      </div>
    </section>
  );
}
