import { useTranslation } from 'react-i18next';

interface BoardSearchProps {
  text: string;
  onChange: (text: string) => void;
  shown: number;
  total: number;
}

/** The board's search box: filters the columns as the user types; says how many tasks it lets through. */
export function BoardSearch({ text, onChange, shown, total }: BoardSearchProps) {
  const { t } = useTranslation('board');
  const searching = text.trim() !== '';
  return (
    <div role="search" className="board-search">
      <label className="board-search-field">
        <span className="sr-only">{t('view.search')}</span>
        <input
          type="search"
          value={text}
          placeholder={t('view.searchPlaceholder')}
          aria-label={t('view.search')}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      {searching && (
        <>
          <span className="board-search-summary muted" role="status" data-testid="board-search-summary">
            {t('view.searchSummary', { shown, total })}
          </span>
          <button type="button" className="button-secondary" onClick={() => onChange('')}>
            {t('view.clearSearch')}
          </button>
        </>
      )}
    </div>
  );
}
