import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeValue } from './ChangeValue';
import { formatFieldChange, readsDifferently, type ShownChange } from './field-change-format';
import { changeMode, listedChanges, type HistoryEntry } from './history-entries';
import { useChangeLookups } from './useChangeLookups';

/** More than this and the list starts folded: a created or deleted task records every field it had. */
const FOLDED_LENGTH = 5;

/** The entry's field-level before → after, one field a line. */
export function FieldChangeList({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('history');
  const lookups = useChangeLookups();
  const [unfolded, setUnfolded] = useState(false);
  const changes = listedChanges(entry)
    .map((change) => formatFieldChange(change, changeMode(entry.type, change.record), lookups))
    .filter(readsDifferently);
  if (changes.length === 0) return null;
  const foldable = changes.length > FOLDED_LENGTH + 1;
  const shown = foldable && !unfolded ? changes.slice(0, FOLDED_LENGTH) : changes;

  return (
    <div className="field-changes">
      <ul aria-label={t('change.label')}>
        {shown.map((change) => (
          <FieldChangeLine key={`${change.record}.${change.field}`} change={change} />
        ))}
      </ul>
      {foldable && (
        <button
          type="button"
          className="button-link"
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded
            ? t('change.fewerFields')
            : t('change.moreFields', { count: changes.length - FOLDED_LENGTH })}
        </button>
      )}
    </div>
  );
}

function FieldChangeLine({ change }: { change: ShownChange }) {
  const { t, i18n } = useTranslation('history');
  const label = change.labelKey ? t(`field.${change.labelKey}`) : change.field;
  // The labels are lower-case for the middle of a sentence; a line of its own starts with a capital.
  const heading = label.charAt(0).toLocaleUpperCase(i18n.language) + label.slice(1);
  return (
    <li className="field-change" data-testid="field-change" data-field={`${change.record}.${change.field}`}>
      <span className="field-change-label">{t('change.fieldLabel', { field: heading })}</span>
      {change.before && (
        <ChangeValue
          value={change.before}
          className={change.mode === 'removed' ? 'change-value change-value-removed' : 'change-value'}
        />
      )}
      {change.mode === 'changed' && <span className="change-arrow"> → </span>}
      {change.after && <ChangeValue value={change.after} className="change-value change-value-new" />}
      {change.mode === 'removed' && <span className="muted"> ({t('change.removed')})</span>}
    </li>
  );
}
