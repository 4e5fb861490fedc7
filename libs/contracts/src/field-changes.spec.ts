import { fieldChanges } from './field-changes';
import type { CommentView } from './comments';
import type { TaskView } from './tasks';

const task = {
  id: 't1',
  title: 'Relocate the chemical enterprises',
  description: '',
  status: 'todo',
  deadline: '2021-06-30',
  labels: [],
  cooperatingDepartmentIds: ['d-eco', 'd-com'],
  progress: 0,
  position: 'a0',
  version: 3,
  updatedAt: '2021-04-21T09:00:00.000Z',
} as unknown as TaskView;

describe('fieldChanges', () => {
  it('lists the audited fields that differ, before and after', () => {
    const after = { ...task, deadline: '2021-07-15', progress: 40, version: 4 };

    expect(fieldChanges('task', task, after)).toEqual([
      { record: 'task', field: 'deadline', before: '2021-06-30', after: '2021-07-15' },
      { record: 'task', field: 'progress', before: 0, after: 40 },
    ]);
  });

  it('ignores the order key, the version and the timestamps the server keeps', () => {
    const reordered = { ...task, position: 'a1', version: 4, updatedAt: '2021-04-22T09:00:00.000Z' };

    expect(fieldChanges('task', task, reordered)).toEqual([]);
  });

  it('compares lists by value and in order', () => {
    const same = { ...task, cooperatingDepartmentIds: ['d-eco', 'd-com'] };
    const swapped = { ...task, cooperatingDepartmentIds: ['d-com', 'd-eco'] };

    expect(fieldChanges('task', task, same)).toEqual([]);
    expect(fieldChanges('task', task, swapped)).toEqual([
      {
        record: 'task',
        field: 'cooperatingDepartmentIds',
        before: ['d-eco', 'd-com'],
        after: ['d-com', 'd-eco'],
      },
    ]);
  });

  it('records what a created record holds and what a deleted one held, without its empty fields', () => {
    const created = fieldChanges('task', null, task);
    const deleted = fieldChanges('task', task, null);

    expect(created.map((change) => change.field)).toEqual([
      'title',
      'status',
      'cooperatingDepartmentIds',
      'deadline',
      'progress',
    ]);
    expect(created.every((change) => change.before === null)).toBe(true);
    expect(deleted).toContainEqual({ record: 'task', field: 'title', before: task.title, after: null });
    expect(deleted.every((change) => change.after === null)).toBe(true);
  });

  it('reads a comment’s body', () => {
    const comment = { body: 'First draft' } as CommentView;

    expect(fieldChanges('comment', comment, { ...comment, body: 'Second draft' })).toEqual([
      { record: 'comment', field: 'body', before: 'First draft', after: 'Second draft' },
    ]);
  });
});
