import { TASK_KINDS, TASK_STATUSES } from '@duban/contracts';
import type { ColumnDef, SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineCell } from './DeadlineCell';
import { ProgressCell } from './ProgressCell';
import type { TableColumnId } from './table-filters';
import { TitleCell } from './TitleCell';
import type { TaskTableRow } from './useTableRows';

export type TaskColumn = ColumnDef<TaskTableRow, unknown> & { id: TableColumnId };

/** The table's columns: what each shows, how it sorts, how wide it is (px, for the fixed layout). */
export function useTableColumns(): TaskColumn[] {
  const { t, i18n } = useTranslation(['common', 'table']);
  return useMemo(
    () => [
      ...taskColumns(t, i18n.language),
      ...peopleColumns(t, i18n.language),
      ...trackingColumns(t, i18n.language),
    ],
    [t, i18n.language],
  );
}

type Translate = TFunction<['common', 'table']>;

function taskColumns(t: Translate, language: string): TaskColumn[] {
  return [
    {
      ...textColumn('title', t('field.title'), 320, (row) => row.task.title, language),
      cell: ({ row }) => <TitleCell task={row.original.task} />,
    },
    {
      ...column('kind', t('field.kind'), 130, (row) => TASK_KINDS.indexOf(row.task.kind)),
      cell: ({ row }) => t(`kind.${row.original.task.kind}`),
    },
    {
      // Sorts in workflow order (not started → done), not alphabetically.
      ...column('status', t('field.status'), 150, (row) => TASK_STATUSES.indexOf(row.task.status)),
      cell: ({ row }) => {
        const { status } = row.original.task;
        return <span className={`table-status table-status-${status}`}>{t(`status.${status}`)}</span>;
      },
    },
  ];
}

function peopleColumns(t: Translate, language: string): TaskColumn[] {
  return [
    textColumn('leadDepartment', t('field.leadDepartment'), 190, (row) => row.leadDepartment, language),
    textColumn(
      'cooperatingDepartments',
      t('field.cooperatingDepartments'),
      210,
      (row) => row.cooperatingDepartments,
      language,
    ),
    textColumn(
      'responsibleLeader',
      t('field.responsibleLeader'),
      160,
      (row) => row.responsibleLeader,
      language,
    ),
    textColumn('assignees', t('field.assignees'), 200, (row) => row.assignees, language),
  ];
}

function trackingColumns(t: Translate, language: string): TaskColumn[] {
  const updatedFormat = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return [
    {
      // ISO dates sort as strings; tasks without a deadline go last either way.
      ...column('deadline', t('field.deadline'), 190, (row) => row.task.deadline ?? undefined),
      sortingFn: 'basic',
      sortUndefined: 'last',
      cell: ({ row }) => <DeadlineCell task={row.original.task} />,
    },
    {
      ...column('progress', t('field.progress'), 120, (row) => row.task.progress),
      cell: ({ row }) => <ProgressCell progress={row.original.task.progress} />,
    },
    column('comments', t('table:column.comments'), 120, (row) => row.task.commentCount),
    {
      ...column('updated', t('table:column.updated'), 170, (row) => row.task.updatedAt),
      sortingFn: 'basic',
      cell: ({ row }) => updatedFormat.format(new Date(row.original.task.updatedAt)),
    },
  ];
}

function column(
  id: TableColumnId,
  header: string,
  size: number,
  accessorFn: (row: TaskTableRow) => unknown,
): TaskColumn {
  // Every column starts ascending on the first click, numbers included.
  return { id, header, size, accessorFn, sortDescFirst: false };
}

/** Text sorted the way the reader's language sorts it; empty values last in both directions. */
function textColumn(
  id: TableColumnId,
  header: string,
  size: number,
  text: (row: TaskTableRow) => string,
  language: string,
): TaskColumn {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const byText: SortingFn<TaskTableRow> = (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId)), String(b.getValue(columnId)));
  const accessor = (row: TaskTableRow) => text(row) || undefined;
  return { ...column(id, header, size, accessor), sortingFn: byText, sortUndefined: 'last' };
}
