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

  it('tells of a progress report, and diffs later updates with the task the report left', () => {
    const created = aTask({ version: 1 });
    const reported = { ...created, progress: 40, version: 2 };
    const report: BoardEvent = {
      boardId: 'b1',
      seq: 100,
      type: 'report.created',
      actorId: 'u-li',
      at: '2021-05-10T08:00:00.000Z',
      data: {
        id: 'r1',
        taskId: 't1',
        boardId: 'b1',
        departmentId: 'd-ecology',
        authorId: 'u-li',
        text: `Surveyed 12 of 30 sites.\n\n${'Details. '.repeat(40)}`,
        progress: 40,
        reportedAt: '2021-05-10T08:00:00.000Z',
        task: reported,
      },
    };
    const update = {
      ...aTaskEvent('task.updated', { ...reported, deadline: '2021-07-15', version: 3 }),
      seq: 101,
    };

    const [updated, reportEntry] = historyEntries([
      { ...aTaskEvent('task.created', created), seq: 99 },
      report,
      update,
    ]);

    expect(reportEntry?.action).toMatchObject({ kind: 'reported', progress: 40 });
    const text = (reportEntry?.action as Extract<HistoryAction, { kind: 'reported' }>).text;
    expect(text.startsWith('Surveyed 12 of 30 sites. Details.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text.endsWith('…')).toBe(true);
    expect(updated?.action).toMatchObject({ kind: 'updated', fields: ['deadline'] });
  });

  it('tells a supervisor’s reminder from an automatic one and from an escalation', () => {
    const reminder = (
      seq: number,
      fromUserId: string | null,
      level: 'department' | 'leader',
    ): BoardEvent => ({
      boardId: 'b1',
      seq,
      type: 'reminder.sent',
      actorId: 'u-wang',
      at: '2021-05-11T08:00:00.000Z',
      data: {
        id: `r${seq}`,
        taskId: 't1',
        boardId: 'b1',
        fromUserId,
        level,
        message: 'Please report progress',
        createdAt: '2021-05-11T08:00:00.000Z',
      },
    });

    const actions = historyEntries([
      reminder(1, 'u-wang', 'department'),
      reminder(2, null, 'department'),
      reminder(3, null, 'leader'),
    ]).map((entry) => entry.action);

    expect(actions).toEqual([
      { kind: 'reminded', automatic: true, level: 'leader', message: 'Please report progress' },
      { kind: 'reminded', automatic: true, level: 'department', message: 'Please report progress' },
      { kind: 'reminded', automatic: false, level: 'department', message: 'Please report progress' },
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
