import { TASK_KINDS, TASK_STATUSES, type TaskView } from '@duban/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { FilterSelect } from './FilterSelect';
import { EMPTY_FILTERS, hasActiveFilters, type TableFilters } from './table-filters';

interface TableFilterBarProps {
  filters: TableFilters;
  onChange: (change: Partial<TableFilters>) => void;
  /** All the board's tasks: the assignee list offers the people who actually have tasks here. */
  tasks: TaskView[];
}

export function TableFilterBar({ filters, onChange, tasks }: TableFilterBarProps) {
  const { t } = useTranslation(['common', 'table']);
  const { departments, userName } = useDirectory();

  const assigneeOptions = useMemo(() => {
    const ids = new Set(tasks.flatMap((task) => task.assigneeIds));
    if (filters.assigneeId) ids.add(filters.assigneeId);
    return [...ids]
      .map((id) => ({ value: id, label: userName(id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [tasks, filters.assigneeId, userName]);

  return (
    <div role="search" className="table-filters" aria-label={t('table:filter.label')}>
      <FilterSelect
        label={t('table:filter.department')}
        anyLabel={t('table:filter.anyDepartment')}
        value={filters.departmentId}
        options={departments.map((department) => ({ value: department.id, label: department.name }))}
        onChange={(departmentId) => onChange({ departmentId })}
      />
      <FilterSelect
        label={t('field.status')}
        anyLabel={t('table:filter.anyStatus')}
        value={filters.status}
        options={TASK_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        onChange={(status) => onChange({ status: TASK_STATUSES.find((known) => known === status) ?? null })}
      />
      <FilterSelect
        label={t('field.kind')}
        anyLabel={t('table:filter.anyKind')}
        value={filters.kind}
        options={TASK_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        onChange={(kind) => onChange({ kind: TASK_KINDS.find((known) => known === kind) ?? null })}
      />
      <FilterSelect
        label={t('field.assignees')}
        anyLabel={t('table:filter.anyAssignee')}
        value={filters.assigneeId}
        options={assigneeOptions}
        onChange={(assigneeId) => onChange({ assigneeId })}
      />
      <label className="table-filter table-filter-check">
        <input
          type="checkbox"
          checked={filters.overdueOnly}
          onChange={(event) => onChange({ overdueOnly: event.target.checked })}
        />
        {t('table:filter.overdueOnly')}
      </label>
      <label className="table-filter table-filter-text">
        <span>{t('table:filter.search')}</span>
        <input
          type="search"
          value={filters.text}
          placeholder={t('table:filter.searchPlaceholder')}
          onChange={(event) => onChange({ text: event.target.value })}
        />
      </label>
      {hasActiveFilters(filters) && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort })}
        >
          {t('table:filter.clear')}
        </button>
      )}
    </div>
  );
}
