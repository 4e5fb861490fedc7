import { TASK_KINDS, TASK_STATUSES } from '@duban/contracts';
import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineCell } from './DeadlineCell';
import { ProgressCell } from './ProgressCell';
import type { TableColumnId } from './table-filters';
import { TitleCell } from './TitleCell';
import type { TaskTableRow } from './useTableRows';

export type TaskColumn = ColumnDef<TaskTableRow, unknown> & { id: TableColumnId };

/** Empty names sort last in both directions (react-table's sortUndefined), not first as "". */
const orUndefined = (text: string): string | undefined => (text === '' ? undefined : text);

/** The table's columns: what each shows, how it sorts, how wide it is (px, for the fixed layout). */
export function useTableColumns(): TaskColumn[] {
  const { t, i18n } = useTranslation(['common', 'table']);

  return useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    const byText: SortingFn<TaskTableRow> = (a, b, columnId) =>
      collator.compare(String(a.getValue(columnId)), String(b.getValue(columnId)));
    const text = { sortingFn: byText, sortUndefined: 'last' as const };
    const updatedFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

    const columns: TaskColumn[] = [
      {
        id: 'title',
        header: t('field.title'),
        size: 320,
        accessorFn: (row) => row.task.title,
        ...text,
        cell: ({ row }) => <TitleCell task={row.original.task} />,
      },
      {
        id: 'kind',
        header: t('field.kind'),
        size: 130,
        accessorFn: (row) => TASK_KINDS.indexOf(row.task.kind),
        cell: ({ row }) => t(`kind.${row.original.task.kind}`),
      },
      {
        id: 'status',
        header: t('field.status'),
        size: 150,
        accessorFn: (row) => TASK_STATUSES.indexOf(row.task.status),
        cell: ({ row }) => {
          const { status } = row.original.task;
          return <span className={`table-status table-status-${status}`}>{t(`status.${status}`)}</span>;
        },
      },
      {
        id: 'leadDepartment',
        header: t('field.leadDepartment'),
        size: 190,
        ...text,
        accessorFn: (row) => orUndefined(row.leadDepartment),
      },
      {
        id: 'cooperatingDepartments',
        header: t('field.cooperatingDepartments'),
        size: 210,
        ...text,
        accessorFn: (row) => orUndefined(row.cooperatingDepartments),
      },
      {
        id: 'responsibleLeader',
        header: t('field.responsibleLeader'),
        size: 160,
        ...text,
        accessorFn: (row) => orUndefined(row.responsibleLeader),
      },
      {
        id: 'assignees',
        header: t('field.assignees'),
        size: 200,
        ...text,
        accessorFn: (row) => orUndefined(row.assignees),
      },
      {
        id: 'deadline',
        header: t('field.deadline'),
        size: 190,
        sortUndefined: 'last',
        sortingFn: 'basic',
        accessorFn: (row) => row.task.deadline ?? undefined,
        cell: ({ row }) => <DeadlineCell task={row.original.task} />,
      },
      {
        id: 'progress',
        header: t('field.progress'),
        size: 120,
        accessorFn: (row) => row.task.progress,
        cell: ({ row }) => <ProgressCell progress={row.original.task.progress} />,
      },
      {
        id: 'comments',
        header: t('table:column.comments'),
        size: 120,
        accessorFn: (row) => row.task.commentCount,
      },
      {
        id: 'updated',
        header: t('table:column.updated'),
        size: 170,
        sortingFn: 'basic',
        accessorFn: (row) => row.task.updatedAt,
        cell: ({ row }) => updatedFormat.format(new Date(row.original.task.updatedAt)),
      },
    ];
    return columns.map((column) => ({ sortDescFirst: false, ...column }));
  }, [t, i18n.language]);
}
