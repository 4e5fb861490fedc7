import { NO_TASK_FILTERS } from './task-filters';
import type { TaskView } from './tasks';
import {
  resolveTrendRange,
  trendTaskFields,
  sumTrendDays,
  trendQuerySchema,
  TrendReplay,
  type TrendDay,
  type TrendEvent,
} from './trend';

function task(id: string, fields: Partial<TaskView> = {}): TaskView {
  return {
    id,
    boardId: 'board',
    title: `Task ${id}`,
    description: '',
    kind: 'task',
    status: 'todo',
    position: 'a0',
    leadDepartmentId: null,
    cooperatingDepartmentIds: [],
    responsibleLeaderId: null,
    assigneeIds: [],
    deadline: null,
    progress: 0,
    labels: [],
    problem: '',
    source: '',
    measures: '',
    result: '',
    evidence: '',
    evidenceLinks: [],
    assignedAt: null,
    acknowledgedAt: null,
    acknowledgedById: null,
    submittedAt: null,
    verifiedAt: null,
    verifiedById: null,
    verificationNote: '',
    returnCount: 0,
    returnReason: '',
    reopenReason: '',
    light: 'none',
    version: 1,
    commentCount: 0,
    createdById: 'user',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

function event(type: TrendEvent['type'], at: string, data: TaskView | { id: string }): TrendEvent {
  return { type, at, data };
}

/** The figures as [date, due, closed, overdue, open], to compare with the hand-counted tables. */
function rows(days: TrendDay[]): [string, number, number, number, number][] {
  return days.map((day) => [day.date, day.due, day.closed, day.overdue, day.open]);
}

function replay(events: TrendEvent[], from: string, to: string, timeZone: string | null = 'UTC') {
  const trend = new TrendReplay({ from, to }, timeZone);
  for (const each of events) trend.add(each);
  return trend.finish();
}

describe('TrendReplay (the history charts, from the event log)', () => {
  // A: created in the range, its deadline moved later. B: from before the range, closed, then reopened.
  // C: created already overdue, deleted the next day.
  const history = [
    event('task.created', '2026-02-27T09:00:00Z', task('B', { deadline: '2026-03-03' })),
    event('task.created', '2026-03-01T10:00:00Z', task('A', { deadline: '2026-03-02' })),
    event('task.updated', '2026-03-02T09:00:00Z', task('A', { deadline: '2026-03-04' })),
    event('task.verified', '2026-03-03T12:00:00Z', task('B', { deadline: '2026-03-03', status: 'done' })),
    event(
      'task.reopened',
      '2026-03-04T08:00:00Z',
      task('B', { deadline: '2026-03-03', status: 'in_progress' }),
    ),
    event('task.created', '2026-03-04T09:00:00Z', task('C', { deadline: '2026-03-01' })),
    event('task.deleted', '2026-03-05T01:00:00Z', { id: 'C' }),
  ];

  it('counts each day as it stood at its end: created, deadline moved later, closed, reopened, deleted', () => {
    expect(rows(replay(history, '2026-03-01', '2026-03-05'))).toEqual([
      // date, due, closed, overdue, open
      ['2026-03-01', 0, 0, 0, 2],
      ['2026-03-02', 0, 0, 0, 2], // A's deadline moved from the 2nd to the 4th that morning: not due
      ['2026-03-03', 1, 1, 0, 1], // B due and closed on its deadline day: not overdue
      ['2026-03-04', 3, 0, 2, 3], // B reopened (past its deadline), C created overdue, A due today
      ['2026-03-05', 2, 0, 2, 2], // C deleted: it leaves every figure
    ]);
  });

  it('keeps the last state for the days after the last event, and counts days before the first as empty', () => {
    expect(rows(replay(history, '2026-02-26', '2026-02-28'))).toEqual([
      ['2026-02-26', 0, 0, 0, 0],
      ['2026-02-27', 0, 0, 0, 1],
      ['2026-02-28', 0, 0, 0, 1],
    ]);
    expect(rows(replay(history, '2026-03-06', '2026-03-07'))).toEqual([
      ['2026-03-06', 2, 0, 2, 2],
      ['2026-03-07', 2, 0, 2, 2],
    ]);
  });

  it('tells the caller to stop reading once the events are past the range', () => {
    const trend = new TrendReplay({ from: '2026-03-01', to: '2026-03-02' }, 'UTC');
    expect(history.map((each) => trend.add(each))).toEqual([true, true, true, false, false, false, false]);
    expect(rows(trend.finish())).toEqual([
      ['2026-03-01', 0, 0, 0, 2],
      ['2026-03-02', 0, 0, 0, 2],
    ]);
  });

  it('reads the day of an event in the viewer’s zone: closed at 01:00 in Shanghai is the next day there', () => {
    const closedLate = [
      event('task.created', '2026-03-01T02:00:00Z', task('X', { deadline: '2026-03-02' })),
      // 17:00 UTC on the 2nd is 01:00 on the 3rd in Shanghai: a day past the deadline there.
      event('task.verified', '2026-03-02T17:00:00Z', task('X', { deadline: '2026-03-02', status: 'done' })),
    ];
    expect(rows(replay(closedLate, '2026-03-02', '2026-03-03', 'UTC'))).toEqual([
      ['2026-03-02', 1, 1, 0, 0],
      ['2026-03-03', 1, 1, 0, 0],
    ]);
    expect(rows(replay(closedLate, '2026-03-02', '2026-03-03', 'Asia/Shanghai'))).toEqual([
      ['2026-03-02', 1, 0, 0, 1],
      ['2026-03-03', 1, 1, 0, 0],
    ]);
  });

  it('counts an event dated before the one preceding it on the preceding one’s day', () => {
    const skewed = [
      event('task.created', '2026-03-02T10:00:00Z', task('A')),
      event('task.created', '2026-03-01T23:59:00Z', task('B')),
    ];
    expect(rows(replay(skewed, '2026-03-01', '2026-03-02'))).toEqual([
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 0, 0, 0, 2],
    ]);
  });

  it('applies the table’s filters to each day’s state of a task (a department that took it over later)', () => {
    const roads = 'roads';
    const moved = [
      event(
        'task.created',
        '2026-03-01T10:00:00Z',
        task('A', { leadDepartmentId: 'water', deadline: '2026-03-01' }),
      ),
      event(
        'task.updated',
        '2026-03-02T10:00:00Z',
        task('A', { leadDepartmentId: roads, deadline: '2026-03-01' }),
      ),
    ];
    const range = { from: '2026-03-01', to: '2026-03-03' };
    const trend = new TrendReplay(range, 'UTC', { ...NO_TASK_FILTERS, departmentId: roads });
    for (const each of moved) trend.add(each);
    const expected = [
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 1, 0, 1, 1],
      ['2026-03-03', 1, 0, 1, 1],
    ];
    expect(rows(trend.finish())).toEqual(expected);
    // The search reads departments' names as they are now.
    const names = {
      departmentName: (id: string | null) => (id === roads ? 'Roads Bureau' : ''),
      userName: () => '',
    };
    const searched = new TrendReplay(range, 'UTC', { ...NO_TASK_FILTERS, text: 'roads bur' }, names);
    for (const each of moved) searched.add(each);
    expect(rows(searched.finish())).toEqual(expected);
  });

  it('reads the overdue filter on each day, not today', () => {
    const trend = new TrendReplay({ from: '2026-03-01', to: '2026-03-03' }, 'UTC', {
      ...NO_TASK_FILTERS,
      overdueOnly: true,
    });
    trend.add(event('task.created', '2026-03-01T10:00:00Z', task('A', { deadline: '2026-03-02' })));
    expect(rows(trend.finish())).toEqual([
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 0, 0, 0, 0],
      ['2026-03-03', 1, 0, 1, 1],
    ]);
  });

  it('fills in fields a task logged before they existed lacks', () => {
    const old = {
      ...task('A'),
      cooperatingDepartmentIds: undefined,
      assigneeIds: undefined,
    } as unknown as TaskView;
    const trend = new TrendReplay({ from: '2026-03-01', to: '2026-03-01' }, 'UTC', {
      ...NO_TASK_FILTERS,
      departmentId: 'x',
      text: 'task',
    });
    trend.add(event('task.created', '2026-03-01T10:00:00Z', old));
    expect(rows(trend.finish())).toEqual([['2026-03-01', 0, 0, 0, 0]]);
  });

  it('needs of a task only its status, deadline and what the active filters read', () => {
    expect(trendTaskFields(NO_TASK_FILTERS)).toEqual(['id', 'status', 'deadline']);
    expect(trendTaskFields({ ...NO_TASK_FILTERS, status: 'done', overdueOnly: true })).toEqual([
      'id',
      'status',
      'deadline',
    ]);
    expect(trendTaskFields({ ...NO_TASK_FILTERS, departmentId: 'd', kind: 'rectification' })).toEqual([
      'id',
      'status',
      'deadline',
      'kind',
      'leadDepartmentId',
      'cooperatingDepartmentIds',
    ]);
    expect(trendTaskFields({ ...NO_TASK_FILTERS, text: 'canal' }).sort()).toEqual(
      [
        'id',
        'status',
        'deadline',
        'title',
        'description',
        'leadDepartmentId',
        'cooperatingDepartmentIds',
        'responsibleLeaderId',
        'assigneeIds',
      ].sort(),
    );
  });

  it('counts a task read with only those fields as the whole task', () => {
    const lean = { id: 'A', status: 'todo', deadline: '2026-03-01' } as unknown as TaskView;
    const whole = replay(
      [event('task.created', '2026-03-01T10:00:00Z', task('A', { deadline: '2026-03-01' }))],
      '2026-03-01',
      '2026-03-02',
    );
    expect(
      rows(replay([event('task.created', '2026-03-01T10:00:00Z', lean)], '2026-03-01', '2026-03-02')),
    ).toEqual(rows(whole));
  });

  it('adds several boards up day by day', () => {
    const range = { from: '2026-03-01', to: '2026-03-02' };
    const one = replay(history, range.from, range.to);
    expect(rows(sumTrendDays([one, one], range))).toEqual([
      ['2026-03-01', 0, 0, 0, 4],
      ['2026-03-02', 0, 0, 0, 4],
    ]);
    expect(rows(sumTrendDays([], range))).toEqual([
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 0, 0, 0, 0],
    ]);
  });
});

describe('the trend range', () => {
  it('is the last 30 days to today by default; a missing end is filled in from the other', () => {
    expect(resolveTrendRange({}, '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
    expect(resolveTrendRange({ to: '2026-02-10' }, '2026-03-31')).toEqual({
      from: '2026-01-12',
      to: '2026-02-10',
    });
    expect(resolveTrendRange({ from: '2026-03-20' }, '2026-03-31')).toEqual({
      from: '2026-03-20',
      to: '2026-03-31',
    });
    expect(resolveTrendRange({ from: '2026-01-01', to: '2026-12-31' }, '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('blames from for a reversed range or one over 400 days', () => {
    expect(resolveTrendRange({ from: '2026-03-02', to: '2026-03-01' }, '2026-03-31')).toEqual({
      field: 'from',
      message: 'must be on or before to',
    });
    expect(resolveTrendRange({ from: '2025-01-01', to: '2026-03-01' }, '2026-03-31')).toMatchObject({
      field: 'from',
    });
    expect(resolveTrendRange({ to: '2020-01-01' }, '2026-03-31')).toEqual({
      from: '2019-12-03',
      to: '2020-01-01',
    });
  });

  it('validates the query: dates, order, length, and the stats’ own fields', () => {
    const issues = (query: Record<string, string>) => {
      const result = trendQuerySchema.safeParse(query);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(
      issues({
        from: '2026-03-01',
        to: '2026-03-31',
        tz: 'Asia/Shanghai',
        dept: '3f1c8a52-5b7e-4d4a-9c1e-2a6f0b9d7e11',
      }),
    ).toEqual([]);
    expect(issues({ from: '2026-02-30' })).toEqual(['from']);
    expect(issues({ to: 'today' })).toEqual(['to']);
    expect(issues({ from: '2026-03-02', to: '2026-03-01' })).toEqual(['from']);
    expect(issues({ from: '2024-01-01', to: '2026-03-01' })).toEqual(['from']);
    expect(issues({ tz: 'Mars/Olympus' })).toEqual(['tz']);
    expect(issues({ since: '2026-03-01' })).toEqual(['']);
  });
});
