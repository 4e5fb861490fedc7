import type { BoardEvent, TaskStatus } from '@duban/contracts';
import type { FieldFormatLookups } from './task-field-format';
import { describeChanges, historyEntries, type HistoryAction } from './task-history';
import { aCommentEvent, aTask, aTaskEvent } from './task-test-factory';

const lookups: FieldFormatLookups = {
  userName: (id) => (id === 'u-li' ? 'Li Na' : '?'),
  departmentName: (id) => (id === 'd-ecology' ? 'Ecology Bureau' : 'Industry Bureau'),
  statusLabel: (status: TaskStatus) => status.replace('_', ' '),
  kindLabel: (kind) => kind,
  none: 'none',
  listSeparator: ', ',
};

describe('historyEntries', () => {
  it('tells the story of a task newest first', () => {
    const created = aTask({ version: 1 });
    const moved = { ...created, status: 'in_progress' as const, version: 2 };
    const edited = { ...moved, progress: 40, deadline: '2021-07-15', version: 3 };
    const events = [
      aTaskEvent('task.created', created),
      aTaskEvent('task.moved', moved),
      aTaskEvent('task.updated', edited, 'u-li'),
      aCommentEvent('u-zhao'),
    ];

    const actions = historyEntries(events).map((entry) => entry.action.kind);

    expect(actions).toEqual(['commented', 'updated', 'moved', 'created']);
  });

  it('diffs each update with the task as the previous event left it', () => {
    const created = aTask({ progress: 20, deadline: '2021-06-30' });
    const edited = { ...created, progress: 40, deadline: '2021-07-15', version: 2 };
    const update = newest([aTaskEvent('task.created', created), aTaskEvent('task.updated', edited)]);

    expect(update.action).toMatchObject({ kind: 'updated', fields: ['deadline', 'progress'] });
    expect(describeChanges(update.action as UpdatedAction, lookups)).toEqual([
      { field: 'deadline', before: '2021-06-30', after: '2021-07-15' },
      { field: 'progress', before: '20%', after: '40%' },
    ]);
  });

  it('calls a move within the same column a reorder', () => {
    const task = aTask({ status: 'in_progress' });
    const entry = newest([
      aTaskEvent('task.created', task),
      aTaskEvent('task.moved', { ...task, position: 'a1', version: 2 }),
    ]);
    expect(entry.action).toEqual({ kind: 'reordered', within: 'in_progress' });
  });

  it('says only that the description changed, and names people and departments', () => {
    const created = aTask({ responsibleLeaderId: null, cooperatingDepartmentIds: [] });
    const edited = {
      ...created,
      description: 'A long text',
      responsibleLeaderId: 'u-li',
      cooperatingDepartmentIds: ['d-ecology', 'd-industry'],
      version: 2,
    };
    const update = newest([aTaskEvent('task.created', created), aTaskEvent('task.updated', edited)]);

    expect(describeChanges(update.action as UpdatedAction, lookups)).toEqual([
      { field: 'description' },
      { field: 'cooperatingDepartmentIds', before: 'none', after: 'Ecology Bureau, Industry Bureau' },
      { field: 'responsibleLeaderId', before: 'none', after: 'Li Na' },
    ]);
  });

  it('cannot diff an update without an earlier version', () => {
    const entry = newest([aTaskEvent('task.updated', aTask({ version: 5 }))]);
    expect(entry.action).toMatchObject({ kind: 'updated', fields: [], before: null });
  });
});

type UpdatedAction = Extract<HistoryAction, { kind: 'updated' }>;

function newest(events: BoardEvent[]) {
  const [entry] = historyEntries(events);
  if (!entry) throw new Error('expected a history entry');
  return entry;
}

describe('describeChanges', () => {
  it('quotes titles', () => {
    const created = aTask({ title: 'Old' });
    const update = newest([
      aTaskEvent('task.created', created),
      aTaskEvent('task.updated', { ...created, title: 'New', version: 2 }),
    ]);
    expect(describeChanges(update.action as UpdatedAction, lookups)).toEqual([
      { field: 'title', before: '“Old”', after: '“New”' },
    ]);
  });
});
