import type { TaskView } from '@duban/contracts';
import type { Directory } from '../api/useDirectory';
import type { UrlCodec } from './url-state';

/** The board's search, `?q=`: the same words filter the columns and the table. */
export const SEARCH_PARAM = 'q';

export const BOARD_SEARCH_CODEC: UrlCodec<string> = {
  read: (params) => params.get(SEARCH_PARAM) ?? '',
  write: (params, text) => {
    const next = new URLSearchParams(params);
    if (text === '') next.delete(SEARCH_PARAM);
    else next.set(SEARCH_PARAM, text);
    return next;
  },
  empty: '',
};

type Names = Pick<Directory, 'departmentName' | 'userName'>;

/**
 * Does the task match the search? Any case, anywhere in its title, description, lead or cooperating
 * departments' names, responsible leader's or assignees' names. Blank matches everything.
 */
export function matchesSearch(task: TaskView, text: string, names: Names): boolean {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return true;
  const haystack = [
    task.title,
    task.description,
    names.departmentName(task.leadDepartmentId),
    ...task.cooperatingDepartmentIds.map(names.departmentName),
    names.userName(task.responsibleLeaderId),
    ...task.assigneeIds.map(names.userName),
  ];
  return haystack.some((text) => text.toLocaleLowerCase().includes(needle));
}
