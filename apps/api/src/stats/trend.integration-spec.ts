import type { ApiErrorBody, CreateTaskInput, TaskTrend, TaskView } from '@duban/contracts';
import { Clock } from '../common/clock';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

/**
 * The history charts' figures (burn-up, overdue over time), replayed from the event log: each test makes a
 * history through the app's own routes at set moments (the Clock) and reads the days back, counted by hand.
 */
describe('Trend (GET /api/boards/:boardId/stats/trend, GET /api/stats/trend)', () => {
  const suite = useTestApp();
  let clock: Clock;

  beforeAll(() => {
    clock = suite.testApp.app.get(Clock);
  });

  afterEach(() => jest.restoreAllMocks());

  /** Sets the server's clock to an instant ("2026-03-10T12:00:00Z"). */
  function at(instant: string): void {
    jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  }

  async function trend(path: string, client: ApiClient = suite.admin): Promise<TaskTrend> {
    return (await client.get(path).expect(200)).body as TaskTrend;
  }

  /** The days as [date, due, closed, overdue, open], to compare with the hand-counted tables. */
  function rows({ days }: TaskTrend): [string, number, number, number, number][] {
    return days.map((day) => [day.date, day.due, day.closed, day.overdue, day.open]);
  }

  async function leadDepartment() {
    const view = await suite.factory.department();
    const member = await suite.factory.user('member', view.id);
    return { view, member };
  }

  const task = (boardId: string, input: Partial<CreateTaskInput>) => suite.factory.task(boardId, input);

  /** Signed for, started and submitted by the lead department's member, then verified: closed. */
  async function closed(created: TaskView, member: ApiClient): Promise<TaskView> {
    const id = created.id;
    let version = ((await member.post(`/api/tasks/${id}/acknowledge`, {}).expect(200)).body as TaskView)
      .version;
    version = (
      (
        await member
          .post(`/api/tasks/${id}/move`, { status: 'in_progress', afterTaskId: null, version })
          .expect(200)
      ).body as TaskView
    ).version;
    version = (
      (await member.post(`/api/tasks/${id}/submit`, { result: 'Done as asked', version }).expect(200))
        .body as TaskView
    ).version;
    return (await suite.admin.post(`/api/tasks/${id}/verify`, { note: 'Checked', version }).expect(200))
      .body as TaskView;
  }

  it('replays created, deadline moved later, closed, reopened and deleted tasks into each day’s figures', async () => {
    const water = await leadDepartment();
    const board = await suite.factory.board();
    at('2026-02-27T09:00:00Z');
    const b = await task(board.id, { leadDepartmentId: water.view.id, deadline: '2026-03-03' });
    at('2026-03-01T10:00:00Z');
    const a = await task(board.id, {
      title: 'Repair the canal lock',
      leadDepartmentId: water.view.id,
      deadline: '2026-03-02',
    });
    at('2026-03-02T09:00:00Z');
    await suite.admin.patch(`/api/tasks/${a.id}`, { deadline: '2026-03-04', version: a.version }).expect(200);
    at('2026-03-03T12:00:00Z');
    const done = await closed(b, water.member);
    at('2026-03-04T08:00:00Z');
    await suite.admin
      .post(`/api/tasks/${b.id}/reopen`, { reason: 'Not fixed after all', version: done.version })
      .expect(200);
    at('2026-03-04T09:00:00Z');
    const c = await task(board.id, { leadDepartmentId: water.view.id, deadline: '2026-03-01' });
    at('2026-03-05T01:00:00Z');
    await suite.admin.delete(`/api/tasks/${c.id}?version=${c.version}`).expect(204);
    at('2026-03-06T10:00:00Z');

    const days = await trend(`/api/boards/${board.id}/stats/trend?from=2026-03-01&to=2026-03-05&tz=UTC`);
    expect(days).toMatchObject({ timeZone: 'UTC', from: '2026-03-01', to: '2026-03-05' });
    expect(rows(days)).toEqual([
      // date, due, closed, overdue, open
      ['2026-03-01', 0, 0, 0, 2],
      ['2026-03-02', 0, 0, 0, 2], // A's deadline moved from the 2nd to the 4th that morning
      ['2026-03-03', 1, 1, 0, 1], // B closed on its deadline day
      ['2026-03-04', 3, 0, 2, 3], // B reopened past its deadline, C created overdue, A due today
      ['2026-03-05', 2, 0, 2, 2], // C deleted
    ]);

    // By default: the last 30 days to today, today being the 6th (nothing changed since the 5th).
    const recent = await trend(`/api/boards/${board.id}/stats/trend?tz=UTC`);
    expect(recent).toMatchObject({ from: '2026-02-05', to: '2026-03-06' });
    expect(recent.days).toHaveLength(30);
    expect(rows(recent).slice(-2)).toEqual([
      ['2026-03-05', 2, 0, 2, 2],
      ['2026-03-06', 2, 0, 2, 2],
    ]);
    expect(rows(recent).slice(0, 1)).toEqual([['2026-02-05', 0, 0, 0, 0]]);

    // Across boards, narrowed to the department (other specs' boards have none of its tasks): the same days.
    const across = await trend(`/api/stats/trend?from=2026-03-01&to=2026-03-05&tz=UTC&dept=${water.view.id}`);
    expect(rows(across)).toEqual(rows(days));
    // The table's filters read each day's state: open tasks past their deadline on that day.
    const overdueOnly = await trend(
      `/api/boards/${board.id}/stats/trend?from=2026-03-03&to=2026-03-05&tz=UTC&overdue=1`,
    );
    expect(rows(overdueOnly)).toEqual([
      ['2026-03-03', 0, 0, 0, 0],
      ['2026-03-04', 2, 0, 2, 2], // B and C
      ['2026-03-05', 2, 0, 2, 2], // C deleted, A past its deadline of the 4th
    ]);
    // The search reads each day's task (its title here): A alone.
    const searched = await trend(
      `/api/boards/${board.id}/stats/trend?from=2026-03-03&to=2026-03-05&tz=UTC&q=canal%20LOCK`,
    );
    expect(rows(searched)).toEqual([
      ['2026-03-03', 0, 0, 0, 1],
      ['2026-03-04', 1, 0, 0, 1],
      ['2026-03-05', 1, 0, 1, 1],
    ]);
  });

  it('reads the day a task closed in the viewer’s zone: 01:00 in Shanghai is the next day there', async () => {
    const water = await leadDepartment();
    const board = await suite.factory.board();
    at('2026-03-01T02:00:00Z');
    const x = await task(board.id, { leadDepartmentId: water.view.id, deadline: '2026-03-02' });
    at('2026-03-02T17:00:00Z'); // 01:00 on the 3rd in Shanghai
    await closed(x, water.member);
    at('2026-03-04T02:00:00Z');

    const path = `/api/boards/${board.id}/stats/trend?from=2026-03-02&to=2026-03-03`;
    expect(rows(await trend(`${path}&tz=UTC`))).toEqual([
      ['2026-03-02', 1, 1, 0, 0],
      ['2026-03-03', 1, 1, 0, 0],
    ]);
    const shanghai = await trend(`${path}&tz=Asia%2FShanghai`);
    expect(shanghai.timeZone).toBe('Asia/Shanghai');
    expect(rows(shanghai)).toEqual([
      ['2026-03-02', 1, 0, 0, 1],
      ['2026-03-03', 1, 1, 0, 0],
    ]);
  });

  it('hides a restricted board from outsiders: 404 on its route, its tasks not counted across boards', async () => {
    const inside = await leadDepartment();
    const outside = await leadDepartment();
    const restricted = await suite.factory.board({ departmentIds: [inside.view.id] });
    at('2026-03-01T10:00:00Z');
    await task(restricted.id, { leadDepartmentId: inside.view.id, deadline: '2026-03-01' });
    at('2026-03-03T10:00:00Z');

    const refused = await outside.member.get(`/api/boards/${restricted.id}/stats/trend`).expect(404);
    expect((refused.body as ApiErrorBody).message).toMatch(/board/i);

    const query = `/api/stats/trend?from=2026-03-01&to=2026-03-02&tz=UTC&dept=${inside.view.id}`;
    expect(rows(await trend(query, outside.member))).toEqual([
      ['2026-03-01', 0, 0, 0, 0],
      ['2026-03-02', 0, 0, 0, 0],
    ]);
    expect(rows(await trend(query, inside.member))).toEqual([
      ['2026-03-01', 1, 0, 0, 1],
      ['2026-03-02', 1, 0, 1, 1],
    ]);
  });

  it('refuses bad dates, a reversed or too long range and a bad filter with a 400 naming the field', async () => {
    const board = await suite.factory.board();
    at('2026-03-10T12:00:00Z');
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-05&to=2026-03-01', 'from'],
      ['from=2025-01-01&to=2026-03-01', 'from'],
      ['from=2026-04-01&to=2026-03-31', 'from'],
      ['tz=Mars%2FOlympus', 'tz'],
      ['status=finished', 'status'],
      ['since=2026-03-01', 'since'],
    ] as const) {
      for (const path of [`/api/boards/${board.id}/stats/trend`, '/api/stats/trend']) {
        const response = await suite.admin.get(`${path}?${query}`).expect(400);
        expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
      }
    }
    // Only `to` given, far back: 30 days ending there. Only `from` given, over 400 days back: refused.
    const old = await trend(`/api/boards/${board.id}/stats/trend?to=2020-01-01&tz=UTC`);
    expect(old).toMatchObject({ from: '2019-12-03', to: '2020-01-01' });
    const tooLong = await suite.admin.get(`/api/stats/trend?from=2024-01-01&tz=UTC`).expect(400);
    expect((tooLong.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['from']);
  });
});
