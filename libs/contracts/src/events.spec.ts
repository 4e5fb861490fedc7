import {
  BOARD_EVENT_TABLE,
  BOARD_EVENT_TYPES,
  boardEventTypesWithTaskIdIn,
  HISTORY_CATEGORIES,
  HISTORY_CATEGORY_NAMES,
  taskIdOf,
  type BoardEvent,
} from './events';

function eventOf(type: BoardEvent['type'], data: unknown): BoardEvent {
  return {
    boardId: 'b1',
    seq: 1,
    type,
    actorId: null,
    at: '2021-04-21T09:00:00.000Z',
    data,
    changes: [],
  } as BoardEvent;
}

describe('the board event table', () => {
  it('lists every event type once, in the table order', () => {
    expect(BOARD_EVENT_TYPES).toEqual(Object.keys(BOARD_EVENT_TABLE));
    expect(new Set(BOARD_EVENT_TYPES).size).toBe(BOARD_EVENT_TYPES.length);
  });

  it('puts every event type in exactly one history category, in the filters order', () => {
    expect(Object.keys(HISTORY_CATEGORIES)).toEqual(HISTORY_CATEGORY_NAMES);
    const categorized = HISTORY_CATEGORY_NAMES.flatMap((category) => HISTORY_CATEGORIES[category]);
    expect([...categorized].sort()).toEqual([...BOARD_EVENT_TYPES].sort());
    expect(HISTORY_CATEGORIES.workflow).toEqual([
      'task.acknowledged',
      'task.submitted',
      'task.verified',
      'task.returned',
      'task.reopened',
    ]);
    expect(HISTORY_CATEGORIES.lights).toEqual(['task.light_changed']);
  });

  it('finds the task of task events in `id`, of comments, reports, reminders and files in `taskId`', () => {
    expect(boardEventTypesWithTaskIdIn('id')).toEqual(
      BOARD_EVENT_TYPES.filter((type) => type.startsWith('task.')),
    );
    expect(boardEventTypesWithTaskIdIn('taskId').sort()).toEqual([
      'attachment.added',
      'attachment.removed',
      'comment.created',
      'comment.deleted',
      'comment.updated',
      'instruction.answered',
      'instruction.given',
      'reminder.sent',
      'report.created',
    ]);
  });
});

describe('taskIdOf', () => {
  it('is the task itself for a task event', () => {
    expect(taskIdOf(eventOf('task.deleted', { id: 't1' }))).toBe('t1');
  });

  it('is the task a comment, report or reminder is on', () => {
    expect(taskIdOf(eventOf('comment.created', { id: 'c1', taskId: 't1' }))).toBe('t1');
    expect(taskIdOf(eventOf('report.created', { id: 'r1', taskId: 't2' }))).toBe('t2');
    expect(taskIdOf(eventOf('reminder.sent', { id: 'm1', taskId: 't3' }))).toBe('t3');
  });

  it('is the task a file is attached to', () => {
    expect(taskIdOf(eventOf('attachment.added', { id: 'f1', taskId: 't4' }))).toBe('t4');
  });

  it('is null for a change to the board itself', () => {
    expect(taskIdOf(eventOf('board.updated', { id: 'b1' }))).toBeNull();
  });
});
