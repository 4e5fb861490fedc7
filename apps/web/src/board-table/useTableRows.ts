import type { TaskView } from '@duban/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory, type Directory } from '../api/useDirectory';

/** A task with the names the table shows and sorts by, resolved once per change rather than per cell. */
export interface TaskTableRow {
  task: TaskView;
  leadDepartment: string;
  cooperatingDepartments: string;
  responsibleLeader: string;
  assignees: string;
}

export function toTableRow(task: TaskView, directory: Directory, separator: string): TaskTableRow {
  return {
    task,
    leadDepartment: directory.departmentName(task.leadDepartmentId),
    cooperatingDepartments: task.cooperatingDepartmentIds.map(directory.departmentName).join(separator),
    responsibleLeader: directory.userName(task.responsibleLeaderId),
    assignees: task.assigneeIds.map(directory.userName).join(separator),
  };
}

/**
 * New row objects whenever the tasks or the names change: react-table caches accessor values per row
 * object, so reusing rows would keep showing (and sorting by) names from before the directory loaded.
 */
export function useTableRows(tasks: TaskView[]): TaskTableRow[] {
  const { t } = useTranslation('table');
  const directory = useDirectory();
  const separator = t('listSeparator');
  return useMemo(
    () => tasks.map((task) => toTableRow(task, directory, separator)),
    [tasks, directory, separator],
  );
}
