import type { TaskView } from '@duban/contracts';
import { filterTasks, isOverdue } from './filter-tasks';
import { EMPTY_FILTERS } from './table-filters';
import { aTask } from '../testing/factories';

const names = {
  departmentName: (id: string | null) =>
    ({ ecology: 'Ecology Bureau', commerce: 'Commerce Bureau' })[id ?? ''] ?? '',
  userName: (id: string | null) =>
    ({ 'li-na': 'Li Na', chen: 'Chen Gang', zhao: 'Zhao Min' })[id ?? ''] ?? '',
};

const today = '2021-05-10';
const titles = (tasks: TaskView[]) => tasks.map((task) => task.title);

describe('filterTasks', () => {
  it('finds the tasks a department leads or cooperates on', () => {
    const leads = aTask({ title: 'leads', leadDepartmentId: 'ecology' });
    const helps = aTask({
      title: 'helps',
      leadDepartmentId: 'commerce',
      cooperatingDepartmentIds: ['ecology'],
    });
    const other = aTask({ title: 'other', leadDepartmentId: 'commerce' });
    const result = filterTasks(
      [leads, helps, other],
      { ...EMPTY_FILTERS, departmentId: 'ecology' },
      today,
      names,
    );
    expect(titles(result)).toEqual(['leads', 'helps']);
  });

  it('keeps only overdue tasks: past the deadline and not done', () => {
    const late = aTask({ title: 'late', status: 'in_progress', deadline: '2021-05-09' });
    const lateButDone = aTask({ title: 'closed', status: 'done', deadline: '2021-05-01' });
    const dueToday = aTask({ title: 'today', deadline: today });
    const undated = aTask({ title: 'undated' });
    const result = filterTasks(
      [late, lateButDone, dueToday, undated],
      { ...EMPTY_FILTERS, overdueOnly: true },
      today,
      names,
    );
    expect(titles(result)).toEqual(['late']);
    expect(isOverdue(dueToday, today)).toBe(false);
  });

  it('matches free text in title or description, ignoring case', () => {
    const inTitle = aTask({ title: 'Expand the Port area' });
    const inDescription = aTask({ title: 'Logistics', description: 'rail link to the port' });
    const neither = aTask({ title: 'Brands' });
    const result = filterTasks(
      [inTitle, inDescription, neither],
      { ...EMPTY_FILTERS, text: ' PORT ' },
      today,
      names,
    );
    expect(titles(result)).toEqual(['Expand the Port area', 'Logistics']);
  });

  it('matches the names of the departments and people on a task, so one box finds “everything of Li Na”', () => {
    const leads = aTask({ title: 'leads', leadDepartmentId: 'ecology' });
    const cooperates = aTask({
      title: 'cooperates',
      leadDepartmentId: 'commerce',
      cooperatingDepartmentIds: ['ecology'],
    });
    const assigned = aTask({ title: 'assigned', assigneeIds: ['chen', 'li-na'] });
    const leader = aTask({ title: 'leader', responsibleLeaderId: 'li-na' });
    const neither = aTask({ title: 'neither', leadDepartmentId: 'commerce', assigneeIds: ['zhao'] });
    const all = [leads, cooperates, assigned, leader, neither];
    expect(titles(filterTasks(all, { ...EMPTY_FILTERS, text: 'ecology' }, today, names))).toEqual([
      'leads',
      'cooperates',
    ]);
    expect(titles(filterTasks(all, { ...EMPTY_FILTERS, text: 'li na' }, today, names))).toEqual([
      'assigned',
      'leader',
    ]);
  });

  it('combines status, kind and assignee filters', () => {
    const match = aTask({
      title: 'match',
      status: 'in_review',
      kind: 'rectification',
      assigneeIds: ['li-na'],
    });
    const wrongKind = aTask({ status: 'in_review', assigneeIds: ['li-na'] });
    const wrongAssignee = aTask({ status: 'in_review', kind: 'rectification', assigneeIds: ['chen'] });
    const filters = {
      ...EMPTY_FILTERS,
      status: 'in_review',
      kind: 'rectification',
      assigneeId: 'li-na',
    } as const;
    expect(titles(filterTasks([wrongKind, match, wrongAssignee], filters, today, names))).toEqual(['match']);
  });

  it('lists tasks in board order: by status column, then by position within it', () => {
    const done = aTask({ title: 'done', status: 'done', position: 'a0' });
    const secondTodo = aTask({ title: 'todo 2', status: 'todo', position: 'a5' });
    const firstTodo = aTask({ title: 'todo 1', status: 'todo', position: 'a1' });
    const active = aTask({ title: 'active', status: 'in_progress', position: 'Zz' });
    const result = filterTasks([done, secondTodo, active, firstTodo], EMPTY_FILTERS, today, names);
    expect(titles(result)).toEqual(['todo 1', 'todo 2', 'active', 'done']);
  });
});
