import {
  rankDepartments,
  type ApiErrorBody,
  type CreateTaskInput,
  type DepartmentStats,
  type DepartmentView,
  type StatsTotals,
  type TaskStats,
  type TaskView,
} from '@duban/contracts';
import { Clock } from '../common/clock';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

const ZERO: StatsTotals = {
  tasks: 0,
  done: 0,
  inProgress: 0,
  awaitingSignOff: 0,
  inReview: 0,
  overdue: 0,
  dueSoon: 0,
  returned: 0,
  onTimeRate: null,
  signOffRate: null,
  reportsMissing: 0,
};

/** The figures of a department leading nothing and cooperating on nothing, before its own counts. */
const { tasks: _tasks, ...ZERO_COUNTS } = ZERO;
const NOTHING = {
  led: 0,
  ...ZERO_COUNTS,
  longestSignOffWaitDays: null,
  furthestOverdueDays: null,
  cooperating: 0,
} as const;

/**
 * 领导驾驶舱 figures against fixtures counted by hand: each test builds its own board and departments on the
 * real database, drives tasks through the real workflow at set moments (the Clock), and reads the figures.
 */
describe('Statistics (GET /api/boards/:boardId/stats, GET /api/stats)', () => {
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

  async function boardStats(
    boardId: string,
    query = '',
    client: ApiClient = suite.admin,
  ): Promise<TaskStats> {
    return (await client.get(`/api/boards/${boardId}/stats${query}`).expect(200)).body as TaskStats;
  }

  async function allStats(client: ApiClient, query = ''): Promise<TaskStats> {
    return (await client.get(`/api/stats${query}`).expect(200)).body as TaskStats;
  }

  function department(stats: TaskStats, { id }: DepartmentView): DepartmentStats | undefined {
    return stats.departments.find((entry) => entry.departmentId === id);
  }

  /** A lead department with a member who signs for, starts and submits its tasks. */
  async function leadDepartment(name?: string) {
    const view = await suite.factory.department(name);
    const member = await suite.factory.user('member', view.id);
    return { view, member };
  }

  const task = (boardId: string, input: Partial<CreateTaskInput>) => suite.factory.task(boardId, input);

  /** Signed for, started and submitted by the lead department's member: awaiting verification. */
  async function submitted(created: TaskView, member: ApiClient): Promise<TaskView> {
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
    return (await member.post(`/api/tasks/${id}/submit`, { result: 'Done as asked', version }).expect(200))
      .body as TaskView;
  }

  async function verify(current: TaskView): Promise<TaskView> {
    return (
      await suite.admin
        .post(`/api/tasks/${current.id}/verify`, { note: 'Checked', version: current.version })
        .expect(200)
    ).body as TaskView;
  }

  async function returned(current: TaskView): Promise<TaskView> {
    return (
      await suite.admin
        .post(`/api/tasks/${current.id}/return`, { reason: 'No evidence', version: current.version })
        .expect(200)
    ).body as TaskView;
  }

  it('counts nothing on a board without tasks: zeros, no rates, no departments', async () => {
    const board = await suite.factory.board();

    const stats = await boardStats(board.id, '?tz=UTC');

    expect(stats).toEqual({
      asOf: expect.any(String) as unknown,
      timeZone: 'UTC',
      today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
      totals: ZERO,
      departments: [],
      boards: [{ boardId: board.id, title: board.title, archived: false, totals: ZERO }],
    });
    expect(rankDepartments(stats.departments)).toEqual({ red: [], yellow: [], green: [] });
  });

  it('counts every task overdue, the furthest past its deadline, and ranks the departments red', async () => {
    const board = await suite.factory.board();
    const a = await leadDepartment();
    const b = await leadDepartment();
    at('2026-03-10T12:00:00Z');
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-01' });
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-08', status: 'in_progress' });
    await task(board.id, { leadDepartmentId: b.view.id, deadline: '2026-03-09' });

    const stats = await boardStats(board.id, '?tz=UTC');

    expect(stats.today).toBe('2026-03-10');
    expect(stats.totals).toEqual({
      ...ZERO,
      tasks: 3,
      inProgress: 1,
      awaitingSignOff: 3,
      overdue: 3,
      signOffRate: 0,
    });
    const expectedA: DepartmentStats = {
      ...NOTHING,
      departmentId: a.view.id,
      name: a.view.name,
      led: 2,
      inProgress: 1,
      awaitingSignOff: 2,
      longestSignOffWaitDays: 0,
      overdue: 2,
      furthestOverdueDays: 9,
      signOffRate: 0,
    };
    expect(department(stats, a.view)).toEqual(expectedA);
    expect(department(stats, b.view)).toMatchObject({ led: 1, overdue: 1, furthestOverdueDays: 1 });
    const ranked = rankDepartments(stats.departments);
    expect(ranked.red.map((entry) => entry.departmentId)).toEqual([a.view.id, b.view.id]);
    expect(ranked.yellow).toEqual([]);
    expect(ranked.green).toEqual([]);
  });

  it("reads the closing day in the viewer's time zone: on its deadline in UTC, a day late in Shanghai", async () => {
    const board = await suite.factory.board();
    const a = await leadDepartment();
    at('2026-03-10T09:00:00Z');
    const closing = await submitted(
      await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-10' }),
      a.member,
    );
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-10' });
    // 17:00 UTC on 10 March is 01:00 on 11 March in Shanghai (UTC+8).
    at('2026-03-10T17:00:00Z');
    await verify(closing);

    const utc = await boardStats(board.id, '?tz=UTC');
    const shanghai = await boardStats(board.id, `?tz=${encodeURIComponent('Asia/Shanghai')}`);

    expect(utc).toMatchObject({ timeZone: 'UTC', today: '2026-03-10' });
    expect(department(utc, a.view)).toMatchObject({
      led: 2,
      done: 1,
      onTimeRate: 1,
      overdue: 0,
      dueSoon: 1,
      furthestOverdueDays: null,
    });
    expect(shanghai).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-03-11' });
    expect(department(shanghai, a.view)).toMatchObject({
      led: 2,
      done: 1,
      onTimeRate: 0,
      overdue: 1,
      dueSoon: 0,
      furthestOverdueDays: 1,
    });
    expect(rankDepartments(utc.departments).green.map((entry) => entry.departmentId)).toEqual([a.view.id]);
    expect(rankDepartments(shanghai.departments).red.map((entry) => entry.departmentId)).toEqual([a.view.id]);
  });

  it('counts a returned-then-closed task once as closed, and its return', async () => {
    const board = await suite.factory.board();
    const a = await leadDepartment();
    at('2026-03-02T12:00:00Z');
    const first = await submitted(
      await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-05' }),
      a.member,
    );
    const back = await returned(first);
    expect(back).toMatchObject({ status: 'in_progress', returnCount: 1 });
    const again = (
      await a.member
        .post(`/api/tasks/${back.id}/submit`, { result: 'Evidence attached', version: back.version })
        .expect(200)
    ).body as TaskView;
    at('2026-03-06T12:00:00Z');
    await verify(again);

    const stats = await boardStats(board.id, '?tz=UTC');

    expect(stats.totals).toEqual({ ...ZERO, tasks: 1, done: 1, returned: 1, onTimeRate: 0, signOffRate: 1 });
    expect(department(stats, a.view)).toEqual({
      ...NOTHING,
      departmentId: a.view.id,
      name: a.view.name,
      led: 1,
      done: 1,
      returned: 1,
      onTimeRate: 0,
      signOffRate: 1,
    });
    expect(rankDepartments(stats.departments).yellow.map((entry) => entry.departmentId)).toEqual([a.view.id]);
  });

  it('counts tasks awaiting sign-off and the longest wait in whole days since they were handed over', async () => {
    const board = await suite.factory.board();
    const a = await leadDepartment();
    at('2026-03-01T12:00:00Z');
    await task(board.id, { leadDepartmentId: a.view.id });
    const signed = await task(board.id, { leadDepartmentId: a.view.id });
    at('2026-03-04T23:00:00Z');
    await task(board.id, { leadDepartmentId: a.view.id });
    await a.member.post(`/api/tasks/${signed.id}/acknowledge`, {}).expect(200);
    await task(board.id, {}); // no lead department: not awaiting anyone's sign-off
    at('2026-03-06T12:00:00Z');

    const utc = await boardStats(board.id, '?tz=UTC');
    // In Shanghai the third task was handed over on 5 March: still 5 days for the first.
    const shanghai = await boardStats(board.id, '?tz=Asia/Shanghai');

    for (const stats of [utc, shanghai]) {
      expect(stats.totals).toMatchObject({ tasks: 4, awaitingSignOff: 2, signOffRate: 1 / 3 });
      expect(department(stats, a.view)).toMatchObject({
        led: 3,
        awaitingSignOff: 2,
        longestSignOffWaitDays: 5,
        signOffRate: 1 / 3,
      });
    }
    expect(rankDepartments(utc.departments).yellow.map((entry) => entry.departmentId)).toEqual([a.view.id]);
  });

  it("counts tasks due soon by the board's due-soon days", async () => {
    const board = await suite.factory.board({ settings: { dueSoonDays: 3 } });
    const a = await leadDepartment();
    at('2026-03-10T12:00:00Z');
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-10' }); // today: due soon
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-13' }); // 3 days: due soon
    await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-14' }); // 4 days: not yet
    await task(board.id, { leadDepartmentId: a.view.id }); // no deadline
    const closed = await submitted(
      await task(board.id, { leadDepartmentId: a.view.id, deadline: '2026-03-11' }),
      a.member,
    );
    await verify(closed); // closed: never due soon

    const stats = await boardStats(board.id, '?tz=UTC');

    expect(stats.totals).toMatchObject({ tasks: 5, dueSoon: 2, overdue: 0, done: 1, onTimeRate: 1 });
    expect(department(stats, a.view)).toMatchObject({ led: 5, dueSoon: 2 });
  });

  it("counts led open tasks without their lead department's report this reporting period", async () => {
    const board = await suite.factory.board({ settings: { reportCadence: 'weekly', reportDay: 5 } });
    const a = await leadDepartment();
    const b = await leadDepartment();
    at('2026-03-09T12:00:00Z'); // a Monday
    const reported = await task(board.id, { leadDepartmentId: a.view.id });
    await task(board.id, { leadDepartmentId: a.view.id });
    const coReported = await task(board.id, {
      leadDepartmentId: a.view.id,
      cooperatingDepartmentIds: [b.view.id],
    });
    await task(board.id, { leadDepartmentId: b.view.id });
    await verify(await submitted(await task(board.id, { leadDepartmentId: b.view.id }), b.member));
    at('2026-03-11T12:00:00Z');
    await a.member.post(`/api/tasks/${reported.id}/reports`, { text: 'Half done', progress: 50 }).expect(201);
    // A cooperating department's report does not answer for the lead department.
    await b.member
      .post(`/api/tasks/${coReported.id}/reports`, { text: 'Our part', progress: 10 })
      .expect(201);

    const stats = await boardStats(board.id);

    expect(stats.totals.reportsMissing).toBe(3);
    expect(department(stats, a.view)).toMatchObject({ led: 3, reportsMissing: 2, cooperating: 0 });
    expect(department(stats, b.view)).toMatchObject({ led: 2, reportsMissing: 1, cooperating: 1 });
    // Both on the yellow list, the one missing more reports first.
    expect(rankDepartments(stats.departments).yellow.map((entry) => entry.departmentId)).toEqual([
      a.view.id,
      b.view.id,
    ]);
  });

  it('counts cooperating departments in their own column, not as leads', async () => {
    const board = await suite.factory.board();
    const a = await leadDepartment();
    const b = await leadDepartment();
    const c = await leadDepartment();
    at('2026-03-10T12:00:00Z');
    await task(board.id, {
      leadDepartmentId: a.view.id,
      cooperatingDepartmentIds: [b.view.id, c.view.id],
      deadline: '2026-03-01',
    });
    await task(board.id, { leadDepartmentId: b.view.id, cooperatingDepartmentIds: [a.view.id] });

    const stats = await boardStats(board.id, '?tz=UTC');

    expect(stats.totals).toMatchObject({ tasks: 2, overdue: 1, awaitingSignOff: 2 });
    expect(department(stats, a.view)).toMatchObject({ led: 1, overdue: 1, cooperating: 1 });
    expect(department(stats, b.view)).toMatchObject({ led: 1, overdue: 0, cooperating: 1 });
    expect(department(stats, c.view)).toEqual({
      ...NOTHING,
      departmentId: c.view.id,
      name: c.view.name,
      cooperating: 1,
    });
    // Departments come by name; a department leading nothing is not ranked.
    const names = stats.departments.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
    const ranked = rankDepartments(stats.departments);
    expect(
      [...ranked.red, ...ranked.yellow, ...ranked.green].map((entry) => entry.departmentId),
    ).not.toContain(c.view.id);
  });

  it("narrows the figures by the table's filters: department, status, overdue, and search by names", async () => {
    const board = await suite.factory.board();
    const water = await leadDepartment(`Water Bureau ${Date.now()}`);
    const roads = await leadDepartment(`Roads Office ${Date.now()}`);
    const leaderName = `Leader Zhang ${Date.now()}`;
    const leader = (
      await suite.admin
        .post('/api/users', {
          username: `zhang-${Date.now()}`,
          password: 'password-1234',
          displayName: leaderName,
          role: 'leader',
          departmentId: null,
        })
        .expect(201)
    ).body as { id: string };
    at('2026-03-10T12:00:00Z');
    await task(board.id, {
      leadDepartmentId: water.view.id,
      deadline: '2026-03-01',
      title: 'Dredge the canal',
    });
    await task(board.id, {
      leadDepartmentId: roads.view.id,
      cooperatingDepartmentIds: [water.view.id],
      status: 'in_progress',
      title: 'Repave the bridge',
    });
    await task(board.id, {
      leadDepartmentId: roads.view.id,
      responsibleLeaderId: leader.id,
      deadline: '2026-03-20',
      title: 'Fix the lights',
    });

    const byDepartment = await boardStats(board.id, `?tz=UTC&dept=${water.view.id}`);
    expect(byDepartment.totals.tasks).toBe(2);
    expect(department(byDepartment, water.view)).toMatchObject({ led: 1, cooperating: 1 });
    expect(department(byDepartment, roads.view)).toMatchObject({ led: 1, inProgress: 1 });

    const byStatus = await boardStats(board.id, '?tz=UTC&status=in_progress');
    expect(byStatus.totals).toMatchObject({ tasks: 1, inProgress: 1 });
    expect(byStatus.boards[0]?.totals.tasks).toBe(1);

    const overdue = await boardStats(board.id, '?tz=UTC&overdue=1');
    expect(overdue.totals).toMatchObject({ tasks: 1, overdue: 1 });
    expect(overdue.departments.map((entry) => entry.departmentId)).toEqual([water.view.id]);

    // The search matches the lead or cooperating department's name, any case.
    const byDepartmentName = await boardStats(
      board.id,
      `?tz=UTC&q=${encodeURIComponent(water.view.name.toUpperCase())}`,
    );
    expect(byDepartmentName.totals.tasks).toBe(2);
    const byPerson = await boardStats(board.id, `?q=${encodeURIComponent(leaderName)}`);
    expect(byPerson.totals.tasks).toBe(1);
    expect(department(byPerson, roads.view)).toMatchObject({ led: 1 });
    const byTitle = await boardStats(board.id, '?q=canal&status=todo');
    expect(byTitle.totals.tasks).toBe(1);
  });

  it('hides a restricted board from outsiders: 404 on its route, its tasks not counted across boards', async () => {
    const inside = await leadDepartment();
    const outside = await leadDepartment();
    const restricted = await suite.factory.board({ departmentIds: [inside.view.id] });
    const open = await suite.factory.board();
    const archived = await suite.factory.board();
    at('2026-03-10T12:00:00Z');
    await task(restricted.id, { leadDepartmentId: inside.view.id, deadline: '2026-03-01' });
    await task(open.id, { leadDepartmentId: outside.view.id });
    await task(archived.id, { leadDepartmentId: inside.view.id });
    await suite.admin.patch(`/api/boards/${archived.id}`, { archived: true }).expect(200);

    const refused = await outside.member.get(`/api/boards/${restricted.id}/stats`).expect(404);
    expect((refused.body as ApiErrorBody).message).toMatch(/board/i);

    const outsider = await allStats(outside.member, '?tz=UTC');
    const boardIds = outsider.boards.map((entry) => entry.boardId);
    expect(boardIds).toContain(open.id);
    expect(boardIds).not.toContain(restricted.id);
    expect(boardIds).not.toContain(archived.id);
    expect(department(outsider, inside.view)).toBeUndefined();
    expect(department(outsider, outside.view)).toMatchObject({ led: 1 });
    // The totals are the sum of the boards counted.
    expect(outsider.totals.tasks).toBe(outsider.boards.reduce((sum, entry) => sum + entry.totals.tasks, 0));

    const insider = await allStats(inside.member, '?tz=UTC');
    expect(insider.boards.map((entry) => entry.boardId)).toContain(restricted.id);
    expect(department(insider, inside.view)).toMatchObject({ led: 1, overdue: 1 });

    // An archived board keeps its figures on its own route.
    const kept = await boardStats(archived.id, '?tz=UTC', inside.member);
    expect(kept.boards).toEqual([expect.objectContaining({ boardId: archived.id, archived: true })]);
    expect(department(kept, inside.view)).toMatchObject({ led: 1 });
  });

  it('refuses a bad status, department or time zone with a 400 naming the field', async () => {
    const board = await suite.factory.board();
    for (const [query, field] of [
      ['status=finished', 'status'],
      ['dept=water', 'dept'],
      ['tz=Mars%2FOlympus', 'tz'],
      ['tz=', 'tz'],
      ['overdue=yes', 'overdue'],
    ] as const) {
      for (const path of [`/api/boards/${board.id}/stats`, '/api/stats']) {
        const response = await suite.admin.get(`${path}?${query}`).expect(400);
        expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
      }
    }
  });
});
