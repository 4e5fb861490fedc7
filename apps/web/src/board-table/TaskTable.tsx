import type { TaskView } from '@duban/contracts';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableHeaderCell } from './SortableHeaderCell';
import { TABLE_COLUMNS, type TableSort } from './table-filters';
import { TaskRow } from './TaskRow';
import { useTableColumns } from './useTableColumns';
import { useTableRows } from './useTableRows';

/** Rows have a fixed height (long text is cut with an ellipsis), so the virtualizer never has to measure. */
export const ROW_HEIGHT = 44;

interface TaskTableProps {
  tasks: TaskView[];
  sort: TableSort | null;
  onSortChange: (sort: TableSort | null) => void;
}

function toSorting(sort: TableSort | null): SortingState {
  return sort ? [{ id: sort.column, desc: sort.descending }] : [];
}

function toSort(sorting: SortingState): TableSort | null {
  const first = sorting[0];
  const column = TABLE_COLUMNS.find((id) => id === first?.id);
  return first && column ? { column, descending: first.desc } : null;
}

/** The tasks as a sortable table; only the rows in view are in the DOM, so thousands of tasks stay smooth. */
export function TaskTable({ tasks, sort, onSortChange }: TaskTableProps) {
  const { t } = useTranslation(['common', 'table']);
  const columns = useTableColumns();
  const scrollRef = useRef<HTMLDivElement>(null);
  // A stable array: react-table memoizes the sorted rows on the sorting state's identity, and a new array each
  // render would re-sort and reset its page index (a state update) on every render, forever.
  const sorting = useMemo(() => toSorting(sort), [sort]);
  const data = useTableRows(tasks);

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; react-table's instance is mutable by design
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortChange(toSort(typeof updater === 'function' ? updater(sorting) : updater)),
    enableMultiSort: false,
    // There are no pages, so no page index to reset when the rows change.
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.task.id,
  });
  const rows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Keyboard scrolling must not leave the focused row under the sticky header.
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = table.getTotalSize();

  const focusRow = (index: number) => {
    if (index < 0 || index >= rows.length) return;
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus(),
    );
  };

  return (
    <div className="table-scroll" ref={scrollRef} data-testid="task-table">
      <table
        className="task-table"
        style={{ width }}
        aria-rowcount={rows.length + 1}
        aria-label={t('table:label')}
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((column) => (
            <col key={column.id} style={{ width: column.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <SortableHeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? <TaskRow key={row.id} row={row} index={item.index} onFocusRow={focusRow} /> : null;
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
