import { DEFAULT_BOARD_SETTINGS, type BoardEvent, type BoardSnapshot, type TaskView } from '@duban/contracts';
import { aComment, anAttachment, aTask as baseTask } from '../testing/factories';
import { applyBoardEvent, groupTasksByStatus } from './board-events';

const BOARD_ID = '00000000-0000-4000-8000-000000000001';

const aTask = (overrides: Partial<TaskView> = {}) =>
  baseTask({ id: '00000000-0000-4000-8000-00000000000a', boardId: BOARD_ID, position: 'a0', ...overrides });

const BOARD = {
  id: BOARD_ID,
  title: 'Board',
  description: '',
  source: '',
  departmentIds: [],
  settings: DEFAULT_BOARD_SETTINGS,
  seq: 0,
  createdAt: '',
  archivedAt: null,
};

function aSnapshot(seq: number, tasks: TaskView[]): BoardSnapshot {
  return { board: BOARD, tasks, seq };
}

function anEvent<E extends BoardEvent>(event: Pick<E, 'type' | 'data' | 'seq'>): BoardEvent {
  return {
    boardId: BOARD_ID,
    actorId: 'someone',
    at: '2026-01-01T00:00:00.000Z',
    changes: [],
    ...event,
  } as BoardEvent;
}

describe('applyBoardEvent', () => {
  it('takes in the board’s new title and settings, leaving its tasks as they are', () => {
    const task = aTask();
    const renamed = { ...BOARD, title: 'Renamed', settings: { ...DEFAULT_BOARD_SETTINGS, dueSoonDays: 10 } };
    const result = applyBoardEvent(
      aSnapshot(4, [task]),
      anEvent({ seq: 5, type: 'board.updated', data: renamed }),
    );
    expect(result).toEqual({ kind: 'applied', snapshot: { board: renamed, tasks: [task], seq: 5 } });
  });

  it('adds a created task and advances the seq', () => {
    const task = aTask();
    const result = applyBoardEvent(aSnapshot(4, []), anEvent({ seq: 5, type: 'task.created', data: task }));
    expect(result).toEqual({ kind: 'applied', snapshot: aSnapshot(5, [task]) });
  });

  it('replaces a moved task in place and removes a deleted one', () => {
    const task = aTask();
    const moved = { ...task, status: 'done' as const, version: 2 };
    const afterMove = applyBoardEvent(
      aSnapshot(1, [task]),
      anEvent({ seq: 2, type: 'task.moved', data: moved }),
    );
    expect(afterMove).toEqual({ kind: 'applied', snapshot: aSnapshot(2, [moved]) });

    const deleted = anEvent({ seq: 3, type: 'task.deleted', data: { id: task.id } });
    expect(applyBoardEvent(aSnapshot(2, [moved]), deleted)).toEqual({
      kind: 'applied',
      snapshot: aSnapshot(3, []),
    });
  });

  it('takes in a reopened task, and the board its creation recorded', () => {
    const closed = aTask({ status: 'done', version: 5 });
    const reopened = { ...closed, status: 'in_progress' as const, reopenReason: 'Not finished', version: 6 };
    expect(
      applyBoardEvent(aSnapshot(5, [closed]), anEvent({ seq: 6, type: 'task.reopened', data: reopened })),
    ).toEqual({ kind: 'applied', snapshot: aSnapshot(6, [reopened]) });
    const created = { ...BOARD, seq: 1 };
    expect(
      applyBoardEvent(aSnapshot(0, []), anEvent({ seq: 1, type: 'board.created', data: created })),
    ).toEqual({ kind: 'applied', snapshot: { board: created, tasks: [], seq: 1 } });
  });

  it('ignores an event the snapshot already contains', () => {
    const event = anEvent({ seq: 7, type: 'task.updated', data: aTask({ title: 'Old news' }) });
    expect(applyBoardEvent(aSnapshot(7, [aTask()]), event)).toEqual({ kind: 'stale' });
  });

  it('counts comments on their task without changing its version', () => {
    const task = aTask({ commentCount: 1 });
    const comment = {
      id: 'c1',
      taskId: task.id,
      boardId: BOARD_ID,
      authorId: 'someone',
      body: 'Noted',
      createdAt: '',
      editedAt: null,
    };
    const created = applyBoardEvent(
      aSnapshot(1, [task]),
      anEvent({ seq: 2, type: 'comment.created', data: comment }),
    );
    expect(created).toEqual({ kind: 'applied', snapshot: aSnapshot(2, [{ ...task, commentCount: 2 }]) });
    const deleted = applyBoardEvent(
      aSnapshot(2, [task]),
      anEvent({ seq: 3, type: 'comment.deleted', data: comment }),
    );
    expect(deleted).toEqual({ kind: 'applied', snapshot: aSnapshot(3, [{ ...task, commentCount: 0 }]) });
  });

  it('counts a task’s files on its card as they are added and removed, never below zero, version kept', () => {
    const task = aTask({ attachmentCount: 1, version: 4 });
    const other = aTask({ id: '00000000-0000-4000-8000-00000000000b', position: 'a1' });
    const photo = anAttachment({ taskId: task.id, boardId: BOARD_ID });
    const added = applyBoardEvent(
      aSnapshot(1, [task, other]),
      anEvent({ seq: 2, type: 'attachment.added', data: photo }),
    );
    expect(added).toEqual({
      kind: 'applied',
      snapshot: aSnapshot(2, [{ ...task, attachmentCount: 2 }, other]),
    });
    const removedThrice = [3, 4, 5].reduce(
      (snapshot, seq) => {
        const result = applyBoardEvent(snapshot, anEvent({ seq, type: 'attachment.removed', data: photo }));
        if (result.kind !== 'applied') throw new Error(`event ${seq} was not applied`);
        return result.snapshot;
      },
      aSnapshot(2, [{ ...task, attachmentCount: 2 }, other]),
    );
    expect(removedThrice.tasks).toEqual([{ ...task, attachmentCount: 0 }, other]);
  });

  it('reads a task without a file count (an event from before files existed) as none', () => {
    const { attachmentCount: _none, ...older } = aTask();
    const photo = anAttachment({ taskId: older.id, boardId: BOARD_ID });
    const added = applyBoardEvent(
      aSnapshot(1, [older]),
      anEvent({ seq: 2, type: 'attachment.added', data: photo }),
    );
    expect(added).toEqual({ kind: 'applied', snapshot: aSnapshot(2, [{ ...older, attachmentCount: 1 }]) });
  });

  it('counts leader instructions awaiting response on their task: given, answered, withdrawn', () => {
    const task = aTask({ commentCount: 0, awaitingInstructionCount: 0 });
    const instruction = aComment({ taskId: task.id, boardId: BOARD_ID, kind: 'instruction' });
    const reply = aComment({ taskId: task.id, boardId: BOARD_ID, replyToId: instruction.id });
    const answeredInstruction = { ...instruction, response: { commentId: reply.id, authorId: 'm', at: '' } };
    const given = applyBoardEvent(
      aSnapshot(1, [task]),
      anEvent({ seq: 2, type: 'instruction.given', data: instruction }),
    );
    expect(given).toEqual({
      kind: 'applied',
      snapshot: aSnapshot(2, [{ ...task, commentCount: 1, awaitingInstructionCount: 1 }]),
    });
    if (given.kind !== 'applied') throw new Error('not applied');
    const answered = applyBoardEvent(
      given.snapshot,
      anEvent({ seq: 3, type: 'instruction.answered', data: { ...reply, instruction: answeredInstruction } }),
    );
    expect(answered).toEqual({
      kind: 'applied',
      snapshot: aSnapshot(3, [{ ...task, commentCount: 2, awaitingInstructionCount: 0 }]),
    });
    const withdrawn = applyBoardEvent(
      given.snapshot,
      anEvent({ seq: 3, type: 'comment.deleted', data: instruction }),
    );
    expect(withdrawn).toEqual({ kind: 'applied', snapshot: aSnapshot(3, [task]) });
  });

  it("takes the task's new progress from a lead department's report, and nothing from others", () => {
    const task = aTask({ progress: 20 });
    const report = {
      id: 'r1',
      taskId: task.id,
      boardId: BOARD_ID,
      departmentId: 'd-lead',
      authorId: 'someone',
      text: 'Half the sites relocated',
      progress: 50,
      reportedAt: '',
    };
    const moved = { ...task, progress: 50, version: 2 };
    const lead = applyBoardEvent(
      aSnapshot(1, [task]),
      anEvent({ seq: 2, type: 'report.created', data: { ...report, task: moved } }),
    );
    expect(lead).toEqual({ kind: 'applied', snapshot: aSnapshot(2, [moved]) });
    const cooperating = applyBoardEvent(
      aSnapshot(1, [task]),
      anEvent({ seq: 2, type: 'report.created', data: { ...report, departmentId: 'd-other' } }),
    );
    expect(cooperating).toEqual({ kind: 'applied', snapshot: aSnapshot(2, [task]) });
  });

  it('applies a duplicate of an applied event only once', () => {
    const task = aTask();
    const event = anEvent({ seq: 2, type: 'task.created', data: task });
    const once = applyBoardEvent(aSnapshot(1, []), event);
    if (once.kind !== 'applied') throw new Error('expected the first delivery to apply');
    expect(applyBoardEvent(once.snapshot, event)).toEqual({ kind: 'stale' });
    expect(once.snapshot.tasks).toEqual([task]);
  });

  it('reports a gap when events were missed, so the caller refetches', () => {
    const event = anEvent({ seq: 9, type: 'task.created', data: aTask() });
    expect(applyBoardEvent(aSnapshot(7, []), event)).toEqual({ kind: 'gap' });
  });
});

describe('groupTasksByStatus', () => {
  it('puts every task in its status column, ordered by position as plain strings', () => {
    const late = aTask({ id: 'late', position: 'a1' });
    const early = aTask({ id: 'early', position: 'Zz' });
    const done = aTask({ id: 'done', status: 'done' });
    const columns = groupTasksByStatus([late, done, early]);
    expect(columns.todo.map((task) => task.id)).toEqual(['early', 'late']);
    expect(columns.done).toEqual([done]);
    expect(columns.in_progress).toEqual([]);
    expect(columns.in_review).toEqual([]);
  });
});
