import { HISTORY_CATEGORY_NAMES, type HistoryCategory } from '@duban/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface CategorySelectProps {
  value: HistoryCategory | null;
  onChange: (category: HistoryCategory | null) => void;
  className?: string;
  /** The categories to offer; all of them unless some cannot apply (a task has no board settings). */
  categories?: readonly HistoryCategory[];
}

/** Which kind of change to show: task changes, supervision steps, reports, reminders, comments, lights. */
export function CategorySelect({
  value,
  onChange,
  className,
  categories = HISTORY_CATEGORY_NAMES,
}: CategorySelectProps) {
  const { t } = useTranslation('history');
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{t('category.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) =>
          onChange(HISTORY_CATEGORY_NAMES.find((category) => category === event.target.value) ?? null)
        }
      >
        <option value="">{t('category.any')}</option>
        {categories.map((category) => (
          <option key={category} value={category}>
            {t(`category.${category}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
