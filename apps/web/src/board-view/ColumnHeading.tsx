import { useTranslation } from 'react-i18next';

/** A status column's name with its number of cards. */
export function ColumnHeading({ label, count, level = 2 }: { label: string; count: number; level?: 2 | 3 }) {
  const { t } = useTranslation(['common', 'board']);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading className="board-column-title">
      <span>{label}</span>
      <span className="board-column-count" aria-hidden="true">
        {count}
      </span>
      <span className="sr-only">{t('board:view.columnCount', { count })}</span>
    </Heading>
  );
}
