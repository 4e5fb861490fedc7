import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from '../history/CategorySelect';
import { ActorSelect } from './ActorSelect';
import { DateFilter } from './DateFilter';
import { hasHistoryFilters, NO_HISTORY_FILTERS, type HistoryFilters } from './history-filters';
import { TaskPicker } from './TaskPicker';

interface HistoryFilterBarProps {
  filters: HistoryFilters;
  onChange: (change: Partial<HistoryFilters>) => void;
  tasks: readonly TaskView[];
  /** The filtered task's title, also when it has been deleted. */
  taskTitle: string;
}

export function HistoryFilterBar({ filters, onChange, tasks, taskTitle }: HistoryFilterBarProps) {
  const { t } = useTranslation('history');
  return (
    <div role="search" className="history-filters" aria-label={t('board.filters')}>
      <ActorSelect value={filters.actorId} onChange={(actorId) => onChange({ actorId })} />
      <CategorySelect
        value={filters.category}
        onChange={(category) => onChange({ category })}
        className="history-filter"
      />
      <TaskPicker
        tasks={tasks}
        value={filters.taskId}
        valueTitle={taskTitle}
        onChange={(taskId) => onChange({ taskId })}
      />
      <DateFilter label={t('board.from')} value={filters.from} onChange={(from) => onChange({ from })} />
      <DateFilter label={t('board.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      {hasHistoryFilters(filters) && (
        <button type="button" className="button-secondary" onClick={() => onChange(NO_HISTORY_FILTERS)}>
          {t('board.clear')}
        </button>
      )}
    </div>
  );
}
