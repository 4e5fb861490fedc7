import { localToday, type TaskView } from '@duban/contracts';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDirectory } from '../api/useDirectory';
import './board-table.css';
import { filterTasks } from './filter-tasks';
import { ExportButtons } from './ExportButtons';
import { EMPTY_FILTERS } from './table-filters';
import { TableFilterBar } from './TableFilterBar';
import { TaskTable } from './TaskTable';
import { useTableFilters } from './useTableFilters';

/** /boards/:boardId?view=table — the board's tasks as a filterable, sortable table; the URL holds the view. */
export function BoardTable({ tasks }: { tasks: TaskView[] }) {
  const { t } = useTranslation('table');
  const { boardId = '' } = useParams();
  const { filters, setFilters } = useTableFilters();
  const today = localToday();
  // The inputs answer at once; on a big board the rows may follow a frame later.
  const deferredFilters = useDeferredValue(filters);
  const directory = useDirectory();
  const shown = useMemo(
    () => filterTasks(tasks, deferredFilters, today, directory),
    [tasks, deferredFilters, today, directory],
  );

  return (
    <div className="board-table">
      <TableFilterBar filters={filters} onChange={setFilters} tasks={tasks} />
      <div className="table-toolbar">
        <p className="table-summary muted" role="status">
          {t('summary', { shown: shown.length, total: tasks.length })}
        </p>
        <ExportButtons boardId={boardId} filters={filters} />
      </div>
      {shown.length > 0 ? (
        <TaskTable tasks={shown} sort={deferredFilters.sort} onSortChange={(sort) => setFilters({ sort })} />
      ) : (
        <div className="table-empty">
          <p>{tasks.length === 0 ? t('noTasks') : t('noMatches')}</p>
          {tasks.length > 0 && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => setFilters({ ...EMPTY_FILTERS, sort: filters.sort })}
            >
              {t('filter.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
