import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownValue } from './field-change-format';

/** A recorded value; a long text shows its start, and all of it on request. */
export function ChangeValue({ value, className }: { value: ShownValue; className: string }) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  if (value.excerpt === null) return <span className={className}>{value.text}</span>;
  return (
    <span className={`${className} change-value-long`}>
      <span className={open ? 'change-value-full' : undefined}>{open ? value.text : value.excerpt}</span>{' '}
      <button type="button" className="button-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('change.showLess') : t('change.showAll')}
      </button>
    </span>
  );
}
