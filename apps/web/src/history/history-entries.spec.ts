import type { BoardEvent, FieldChange, TaskView } from '@duban/contracts';
import { anAttachment, aReminder, aReminderEvent, aReportEvent } from '../testing/factories';
import { aCommentEvent, aTask, aTaskEvent } from '../testing/task-factory';
import {
  categoryOf,
  changeMode,
  deletedTaskTitle,
  entriesIn,
  historyEntries,
  historyEntry,
  listedChanges,
  type HistoryEntry,
} from './history-entries';

const taskChange = (
  field: string,
  before: FieldChange['before'],
  after: FieldChange['after'],
): FieldChange => ({
  record: 'task',
  field,
  before,
  after,
});

/** An event as the server records it now: with the field changes it made. */
function recorded(event: BoardEvent, changes: FieldChange[], seq?: number): BoardEvent {
  return { ...event, changes, seq: seq ?? event.seq };
}

function newest(events: BoardEvent[]): HistoryEntry {
  const [entry] = historyEntries(events);
  if (!entry) throw new Error('expected a history entry');
  return entry;
}

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

  it('shows the field changes the server recorded, whatever the events around them', () => {
    const task = aTask({ deadline: '2021-06-30', leadDepartmentId: 'd-ecology' });
    const changes = [
      taskChange('leadDepartmentId', 'd-ecology', 'd-industry'),
      taskChange('deadline', '2021-06-30', '2021-07-15'),
    ];
    // No earlier event in sight, yet the server said what changed.
    const entry = newest([recorded(aTaskEvent('task.updated', { ...task, version: 4 }), changes)]);

    expect(entry.action).toEqual({ kind: 'updated' });
    expect(entry.changes).toEqual(changes);
  });

  it('diffs an event recorded before the log kept changes with the task as the previous event left it', () => {
    const created = aTask({ progress: 20, deadline: '2021-06-30' });
    const edited = { ...created, progress: 40, deadline: '2021-07-15', version: 2 };
    const update = newest([aTaskEvent('task.created', created), aTaskEvent('task.updated', edited)]);

    expect(update.changes).toEqual([
      taskChange('deadline', '2021-06-30', '2021-07-15'),
      taskChange('progress', 20, 40),
    ]);
  });

  it('cannot tell what an old update changed without an earlier version', () => {
    const entry = newest([aTaskEvent('task.updated', aTask({ version: 5 }))]);
    expect(entry.action).toEqual({ kind: 'updated' });
    expect(entry.changes).toEqual([]);
  });

  it('calls a move that changed no recorded field a reorder, and one that changed the status a move', () => {
    const task = aTask({ status: 'in_progress' });
    const reorder = historyEntry(recorded(aTaskEvent('task.moved', { ...task, position: 'a1' }), []));
    const move = historyEntry(
      recorded(aTaskEvent('task.moved', { ...task, status: 'in_review' }), [
        taskChange('status', 'in_progress', 'in_review'),
      ]),
    );

    expect(reorder.action).toEqual({ kind: 'reordered', within: 'in_progress' });
    expect(move.action).toEqual({ kind: 'moved', to: 'in_review' });
  });

  it('tells an old move from an old reorder by the event before it', () => {
    const task = aTask({ status: 'todo' });
    const entries = historyEntries([
      aTaskEvent('task.created', task),
      aTaskEvent('task.moved', { ...task, status: 'in_progress', version: 2 }),
      aTaskEvent('task.moved', { ...task, status: 'in_progress', position: 'a5', version: 3 }),
    ]);
    expect(entries.map((entry) => entry.action.kind)).toEqual(['reordered', 'moved', 'created']);
  });

  it('tells of a progress report, and diffs later old updates with the task the report left', () => {
    const created = aTask({ version: 1 });
    const reported: TaskView = { ...created, progress: 40, version: 2 };
    const report = aReportEvent(
      {
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
      [],
      100,
    );
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
    expect(reportEntry?.actorId).toBe('u-li');
    const text = reportEntry?.action.kind === 'reported' ? reportEntry.action.text : '';
    expect(text.startsWith('Surveyed 12 of 30 sites. Details.')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text.endsWith('…')).toBe(true);
    expect(updated?.changes).toEqual([taskChange('deadline', '2021-06-30', '2021-07-15')]);
  });

  it('tells a supervisor’s reminder from an automatic one (by the system) and from an escalation', () => {
    const supervisor = aReminder({ taskId: 't1', fromUserId: 'u-wang', message: 'Please report progress' });
    const automatic = aReminder({
      taskId: 't1',
      fromUserId: null,
      message: 'Overdue since 2021-06-30: please report progress',
    });
    const escalation = aReminder({ ...automatic, level: 'leader' });

    const entries = historyEntries([
      aReminderEvent(supervisor, [], 1),
      aReminderEvent(automatic, [], 2),
      aReminderEvent(escalation, [], 3),
    ]);

    expect(entries.map((entry) => [entry.actorId, entry.action])).toEqual([
      [
        null,
        {
          kind: 'reminded',
          automatic: true,
          level: 'leader',
          message: expect.any(String),
          deadline: '2021-06-30',
        },
      ],
      [
        null,
        {
          kind: 'reminded',
          automatic: true,
          level: 'department',
          message: expect.any(String),
          deadline: '2021-06-30',
        },
      ],
      [
        'u-wang',
        {
          kind: 'reminded',
          automatic: false,
          level: 'department',
          message: 'Please report progress',
          deadline: '2021-06-30',
        },
      ],
    ]);
  });
});

describe('a change to the board itself', () => {
  function aBoardEvent(
    type: 'board.created' | 'board.updated',
    seq: number,
    changes: FieldChange[],
  ): BoardEvent {
    return {
      boardId: 'b1',
      seq,
      type,
      actorId: 'u-wang',
      at: '2021-05-10T08:00:00.000Z',
      data: {
        id: 'b1',
        title: 'Inspection follow-up',
        description: '',
        source: '',
        departmentIds: [],
        settings: { dueSoonDays: 10, reportCadence: 'none', reportDay: 28, escalationDays: 3 },
        seq,
        createdAt: '2021-05-01T08:00:00.000Z',
        archivedAt: null,
      },
      changes,
    };
  }

  it('is about no task, and lists the settings it changed', () => {
    const changes: FieldChange[] = [{ record: 'board', field: 'dueSoonDays', before: 7, after: 10 }];
    const entry = historyEntry(aBoardEvent('board.updated', 12, changes));
    expect(entry).toMatchObject({ taskId: null, action: { kind: 'boardUpdated' }, changes });
    expect(categoryOf('board.updated')).toBe('board');
  });

  it('begins with the board’s creation, listing what it was created with as values set', () => {
    const changes: FieldChange[] = [{ record: 'board', field: 'title', before: null, after: 'Inspection' }];

    expect(historyEntry(aBoardEvent('board.created', 1, changes))).toMatchObject({
      taskId: null,
      action: { kind: 'boardCreated' },
    });
    expect(categoryOf('board.created')).toBe('board');
    expect(changeMode('board.created', 'board')).toBe('set');
  });
});

describe('a reopened task', () => {
  it('says why it was reopened, and does not list the reason again below', () => {
    const reason = 'Residents report one enterprise still operating';
    const reopened = aTask({ status: 'in_progress', reopenReason: reason });
    const entry = historyEntry(
      recorded({ ...aTaskEvent('task.updated', reopened), type: 'task.reopened', data: reopened }, [
        taskChange('status', 'done', 'in_progress'),
        taskChange('reopenReason', '', reason),
      ]),
    );

    expect(entry.action).toEqual({ kind: 'reopened', reason });
    expect(listedChanges(entry).map((change) => change.field)).toEqual(['status']);
    expect(categoryOf('task.reopened')).toBe('workflow');
  });
});

describe('listedChanges', () => {
  it('leaves out what the sentence already says, and an automatic reminder’s English message', () => {
    const automatic = aReminder({
      fromUserId: null,
      message: 'Overdue since 2021-06-30: please report progress',
    });
    const reminderChanges: FieldChange[] = [
      { record: 'reminder', field: 'level', before: null, after: 'department' },
      { record: 'reminder', field: 'message', before: null, after: automatic.message },
      { record: 'reminder', field: 'deadline', before: null, after: '2021-06-30' },
    ];
    const supervisorReminder = historyEntry(aReminderEvent(aReminder(), reminderChanges));

    expect(listedChanges(historyEntry(aReminderEvent(automatic, reminderChanges)))).toEqual([]);
    expect(listedChanges(supervisorReminder).map((change) => change.field)).toEqual(['level', 'deadline']);
  });

  it('keeps the task’s progress a report moved, but not the report’s own text', () => {
    const report = aReportEvent(
      {
        id: 'r1',
        taskId: 't1',
        boardId: 'b1',
        departmentId: 'd-ecology',
        authorId: 'u-li',
        text: 'Surveyed 12 of 30 sites.',
        progress: 40,
        reportedAt: '2021-05-10T08:00:00.000Z',
      },
      [
        { record: 'report', field: 'departmentId', before: null, after: 'd-ecology' },
        { record: 'report', field: 'text', before: null, after: 'Surveyed 12 of 30 sites.' },
        { record: 'report', field: 'progress', before: null, after: 40 },
        taskChange('progress', 20, 40),
      ],
    );
    expect(listedChanges(historyEntry(report))).toEqual([
      { record: 'report', field: 'departmentId', before: null, after: 'd-ecology' },
      taskChange('progress', 20, 40),
    ]);
  });

  it('lists a new task’s values but not the defaults every task starts with', () => {
    const created = recorded(aTaskEvent('task.created', aTask()), [
      taskChange('title', null, 'Relocate polluting enterprises'),
      taskChange('status', null, 'todo'),
      taskChange('progress', null, 0),
      taskChange('returnCount', null, 0),
      taskChange('light', null, 'none'),
    ]);
    expect(listedChanges(historyEntry(created)).map((change) => change.field)).toEqual(['title', 'status']);
  });
});

describe('changeMode', () => {
  it('reads the created or deleted record’s changes as values set or removed, others as changes', () => {
    expect(changeMode('task.created', 'task')).toBe('set');
    expect(changeMode('report.created', 'report')).toBe('set');
    expect(changeMode('report.created', 'task')).toBe('changed');
    expect(changeMode('comment.deleted', 'comment')).toBe('removed');
    expect(changeMode('task.deleted', 'task')).toBe('removed');
    expect(changeMode('task.updated', 'task')).toBe('changed');
  });
});

describe('categories', () => {
  it('files every event type under the filter category that offers it', () => {
    expect(categoryOf('task.updated')).toBe('changes');
    expect(categoryOf('task.returned')).toBe('workflow');
    expect(categoryOf('task.light_changed')).toBe('lights');
    expect(categoryOf('reminder.sent')).toBe('reminders');
  });

  it('filters entries to one category, or shows them all', () => {
    const entries = historyEntries([aTaskEvent('task.created', aTask()), aCommentEvent('u-zhao')]);
    expect(entriesIn(entries, 'comments').map((entry) => entry.type)).toEqual(['comment.created']);
    expect(entriesIn(entries, null)).toBe(entries);
  });
});

describe('an evidence file', () => {
  it('says which file was attached or removed, and files both under Files', () => {
    const photo = anAttachment({ name: 'rectified-site.jpg', size: 2_516_582 });
    const fileEvent = (type: 'attachment.added' | 'attachment.removed', seq: number): BoardEvent => ({
      boardId: photo.boardId,
      seq,
      type,
      actorId: 'u-li',
      at: '2021-05-03T08:00:00.000Z',
      data: photo,
      changes: [],
    });
    const [removed, added] = historyEntries([
      fileEvent('attachment.added', 1),
      fileEvent('attachment.removed', 2),
    ]);

    expect(added).toMatchObject({
      taskId: photo.taskId,
      action: { kind: 'fileAdded', name: 'rectified-site.jpg', size: 2_516_582 },
    });
    expect(removed?.action).toEqual({ kind: 'fileRemoved', name: 'rectified-site.jpg', size: 2_516_582 });
    expect(categoryOf('attachment.added')).toBe('files');
    expect(categoryOf('attachment.removed')).toBe('files');
  });
});

describe('deletedTaskTitle', () => {
  it('finds a deleted task’s title in what its deletion removed', () => {
    const deletion: BoardEvent = {
      boardId: 'b1',
      seq: 9,
      type: 'task.deleted',
      actorId: 'u-wang',
      at: '2021-05-10T08:00:00.000Z',
      data: { id: 't1' },
      changes: [taskChange('title', 'Relocate polluting enterprises', null)],
    };
    expect(deletedTaskTitle(deletion)).toBe('Relocate polluting enterprises');
    expect(deletedTaskTitle({ ...deletion, changes: [] })).toBeNull();
  });
});
