import { listBoardsQuerySchema } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { maxLengthOf } from '../ui/form/field-problem';

interface BoardListToolbarProps {
  searchText: string;
  onSearchText: (text: string) => void;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
}

/** The search box (by title) and the switch that shows archived boards too. */
export function BoardListToolbar(props: BoardListToolbarProps) {
  const { t } = useTranslation('boards');
  return (
    <div className="boards-list-toolbar" role="search">
      <label className="boards-list-search">
        <span>{t('search.label')}</span>
        <input
          type="search"
          value={props.searchText}
          placeholder={t('search.placeholder')}
          maxLength={maxLengthOf(listBoardsQuerySchema.shape.q)}
          onChange={(event) => props.onSearchText(event.target.value)}
        />
      </label>
      <label className="boards-list-switch">
        <input
          type="checkbox"
          role="switch"
          checked={props.showArchived}
          onChange={(event) => props.onShowArchived(event.target.checked)}
        />
        {t('showArchived')}
      </label>
    </div>
  );
}
