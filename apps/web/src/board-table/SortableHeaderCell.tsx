import { flexRender, type Header } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { TaskTableRow } from './useTableRows';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A column header that sorts on click (ascending, descending, off) and says how it sorts (aria-sort). */
export function SortableHeaderCell({ header }: { header: Header<TaskTableRow, unknown> }) {
  const { t } = useTranslation('table');
  const direction = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  return (
    <th scope="col" aria-sort={direction ? ARIA_SORT[direction] : 'none'}>
      <button
        type="button"
        className="table-sort"
        onClick={header.column.getToggleSortingHandler()}
        title={t('sortHint')}
      >
        <span className="table-sort-label">{label}</span>
        <span className="table-sort-icon" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
