import type {
  ApiErrorBody,
  CreateTaskInput,
  TaskView,
  WaitingForMe,
  WaitingItem,
  WaitingSectionKey,
} from '@duban/contracts';
import { Clock } from '../common/clock';
import { EscalationService } from '../reminders/escalation.service';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

/**
 * "Waiting for me" (GET /api/me/waiting) against fixtures made by hand on the real database: each test makes
 * its own people, boards and tasks, drives them through the real workflow and the real escalation at set
 * moments (the Clock), and reads what waits for whom.
 */
describe('Waiting for me (GET /api/me/waiting)', () => {
  const suite = useTestApp();
  let clock: Clock;

  beforeAll(() => {
    clock = suite.testApp.app.get(Clock);
  });

  afterEach(() => jest.restoreAllMocks());

  /** Sets the server's clock to an instant ("2030-03-10T12:00:00Z"). */
  function at(instant: string): Date {
    const now = new Date(instant);
    jest.spyOn(clock, 'now').mockReturnValue(now);
    return now;
  }

  async function waiting(client: ApiClient, query = ''): Promise<WaitingForMe> {
    return (await client.get(`/api/me/waiting${query}`).expect(200)).body as WaitingForMe;
  }

  function section(result: WaitingForMe, key: WaitingSectionKey): WaitingItem[] {
    const found = result.sections.find((entry) => entry.key === key);
    if (!found)
      throw new Error(`No section ${key} in ${result.sections.map((entry) => entry.key).join(', ')}`);
    return found.items;
  }

  /** The section's tasks as [title, days], in the section's order, on the given boards only. */
  function figures(result: WaitingForMe, key: WaitingSectionKey, boardIds?: string[]) {
    return section(result, key)
      .filter((item) => !boardIds || boardIds.includes(item.boardId))
      .map((item) => [item.title, item.days]);
  }

  const task = (boardId: string, input: Partial<CreateTaskInput>) => suite.factory.task(boardId, input);

  async function acknowledged(created: TaskView, member: ApiClient): Promise<TaskView> {
    return (await member.post(`/api/tasks/${created.id}/acknowledge`, {}).expect(200)).body as TaskView;
  }

  /** Signed for, started and submitted by the lead department's member: awaiting verification. */
  async function submitted(created: TaskView, member: ApiClient): Promise<TaskView> {
    let version = (await acknowledged(created, member)).version;
    version = (
      (
        await member
          .post(`/api/tasks/${created.id}/move`, { status: 'in_progress', afterTaskId: null, version })
          .expect(200)
      ).body as TaskView
    ).version;
    return (
      await member.post(`/api/tasks/${created.id}/submit`, { result: 'Done as asked', version }).expect(200)
    ).body as TaskView;
  }

  async function verified(current: TaskView): Promise<TaskView> {
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

  /** Runs the automatic escalation at `instant` (the clock set there too). */
  async function escalateAt(instant: string): Promise<void> {
    await suite.testApp.app.get(EscalationService).run(at(instant));
  }

  it('gives a leader the overdue tasks they are responsible for and those escalated to them, not the closed ones', async () => {
    const leader = await suite.factory.user('leader');
    const otherLeader = await suite.factory.user('leader');
    const department = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const board = await suite.factory.board({ settings: { escalationDays: 1 } });
    const archived = await suite.factory.board();
    const mine = (title: string, deadline: string | null, responsibleLeaderId = leader.user.id) =>
      task(board.id, { title, leadDepartmentId: department.id, deadline, responsibleLeaderId });
    at('2030-02-20T12:00:00Z');
    await mine('Escalated and overdue', '2030-03-01');
    await mine('Department reminded only', '2030-03-05');
    await mine('Not yet due', '2030-03-20');
    await mine('Someone else’s', '2030-03-01', otherLeader.user.id);
    const closed = await mine('Escalated then closed', '2030-03-01');
    await mine('No deadline', null);
    await task(archived.id, {
      title: 'On an archived board',
      leadDepartmentId: department.id,
      deadline: '2030-03-01',
      responsibleLeaderId: leader.user.id,
    });
    await suite.admin.patch(`/api/boards/${archived.id}`, { archived: true }).expect(200);

    // The department is reminded on the 2nd, the leader on the 3rd; the task due on the 5th only gets
    // its department reminded on the 6th.
    await escalateAt('2030-03-02T10:00:00Z');
    await escalateAt('2030-03-03T10:00:00Z');
    await escalateAt('2030-03-06T10:00:00Z');
    at('2030-03-06T12:00:00Z');
    await verified(await submitted(closed, member));

    at('2030-03-10T12:00:00Z');
    const result = await waiting(leader, '?tz=UTC');

    expect(result).toMatchObject({ role: 'leader', timeZone: 'UTC', today: '2030-03-10' });
    expect(result.sections.map((entry) => entry.key)).toEqual([
      'overdue',
      'escalated',
      'awaitingInstruction',
    ]);
    // Most overdue first.
    expect(figures(result, 'overdue')).toEqual([
      ['Escalated and overdue', 9],
      ['Department reminded only', 5],
    ]);
    expect(figures(result, 'escalated')).toEqual([['Escalated and overdue', 7]]);
    const [item] = section(result, 'escalated');
    expect(item).toEqual({
      taskId: expect.any(String) as unknown,
      title: 'Escalated and overdue',
      boardId: board.id,
      boardTitle: board.title,
      leadDepartmentId: department.id,
      leadDepartmentName: department.name,
      deadline: '2030-03-01',
      days: 7,
      since: '2030-03-03T10:00:00.000Z',
      returnCount: 0,
    });
    // No instruction given yet: the escalated task also awaits theirs.
    expect(figures(result, 'awaitingInstruction')).toEqual([['Escalated and overdue', 7]]);
    expect(result.sections.map((entry) => entry.total)).toEqual([2, 1, 1]);

    // The other leader sees their own task only.
    expect(figures(await waiting(otherLeader, '?tz=UTC'), 'overdue')).toEqual([['Someone else’s', 9]]);
  });

  it('keeps an escalated task awaiting the leader’s instruction until they give one after the escalation', async () => {
    const leader = await suite.factory.user('leader');
    const otherLeader = await suite.factory.user('leader');
    const department = await suite.factory.department();
    const board = await suite.factory.board({ settings: { escalationDays: 1 } });
    const mine = (title: string) =>
      task(board.id, {
        title,
        leadDepartmentId: department.id,
        deadline: '2030-03-01',
        responsibleLeaderId: leader.user.id,
      });
    const instruct = (client: ApiClient, taskId: string) =>
      client
        .post(`/api/tasks/${taskId}/comments`, { body: 'Report by Friday.', kind: 'instruction' })
        .expect(201);
    at('2030-02-20T12:00:00Z');
    const answered = await mine('Instructed after the escalation');
    const early = await mine('Instructed before the escalation');
    const byOther = await mine('Instructed by another leader');
    await mine('Not instructed');
    at('2030-03-02T08:00:00Z');
    await instruct(leader, early.id);

    await escalateAt('2030-03-02T10:00:00Z');
    await escalateAt('2030-03-03T10:00:00Z');
    at('2030-03-04T09:00:00Z');
    await instruct(leader, answered.id);
    await instruct(otherLeader, byOther.id);

    at('2030-03-10T12:00:00Z');
    const result = await waiting(leader, '?tz=UTC');
    expect(figures(result, 'escalated').map(([title]) => title)).toHaveLength(4);
    // Longest wait first (all escalated at once: then by id), each counted from the escalation.
    expect(
      section(result, 'awaitingInstruction')
        .map((item) => [item.title, item.days, item.since])
        .sort(),
    ).toEqual([
      ['Instructed before the escalation', 7, '2030-03-03T10:00:00.000Z'],
      ['Instructed by another leader', 7, '2030-03-03T10:00:00.000Z'],
      ['Not instructed', 7, '2030-03-03T10:00:00.000Z'],
    ]);
    // Another leader's list has none of them.
    expect((await waiting(otherLeader, '?tz=UTC')).sections.every((entry) => entry.total === 0)).toBe(true);
  });

  it('drops a task from the leader’s list once its deadline is extended past today', async () => {
    const leader = await suite.factory.user('leader');
    const department = await suite.factory.department();
    const board = await suite.factory.board({ settings: { escalationDays: 1 } });
    at('2030-02-20T12:00:00Z');
    const late = await task(board.id, {
      title: 'Extended',
      leadDepartmentId: department.id,
      deadline: '2030-03-01',
      responsibleLeaderId: leader.user.id,
    });
    await escalateAt('2030-03-02T10:00:00Z');
    await escalateAt('2030-03-03T10:00:00Z');
    at('2030-03-10T12:00:00Z');
    expect(figures(await waiting(leader, '?tz=UTC'), 'escalated')).toEqual([['Extended', 7]]);

    await suite.admin
      .patch(`/api/tasks/${late.id}`, { deadline: '2030-03-31', version: late.version })
      .expect(200);

    const result = await waiting(leader, '?tz=UTC');
    expect(figures(result, 'overdue')).toEqual([]);
    // The escalation was for a deadline that is no longer the task's.
    expect(figures(result, 'escalated')).toEqual([]);
  });

  it('counts the days in the viewer’s time zone', async () => {
    const leader = await suite.factory.user('leader');
    const department = await suite.factory.department();
    const board = await suite.factory.board();
    at('2030-03-01T12:00:00Z');
    await task(board.id, {
      title: 'Due on the 9th',
      leadDepartmentId: department.id,
      deadline: '2030-03-09',
      responsibleLeaderId: leader.user.id,
    });
    // 20:00 UTC on the 10th is already 04:00 on the 11th in Shanghai.
    at('2030-03-10T20:00:00Z');

    expect(figures(await waiting(leader, '?tz=UTC'), 'overdue')).toEqual([['Due on the 9th', 1]]);
    const inShanghai = await waiting(leader, '?tz=Asia%2FShanghai');
    expect(inShanghai).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2030-03-11' });
    expect(figures(inShanghai, 'overdue')).toEqual([['Due on the 9th', 2]]);
  });

  it('gives a supervisor what awaits verification, oldest first, and the longest-unsigned tasks', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const department = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const board = await suite.factory.board();
    const led = (title: string) => task(board.id, { title, leadDepartmentId: department.id });
    at('2030-03-01T12:00:00Z');
    const first = await led('Submitted first');
    const second = await led('Submitted second');
    const closed = await led('Closed');
    await led('Handed over on the 1st');
    await task(board.id, { title: 'No lead department' });
    at('2030-03-04T12:00:00Z');
    await led('Handed over on the 4th');
    const signed = await led('Signed for');
    await acknowledged(signed, member);
    at('2030-03-05T12:00:00Z');
    await submitted(second, member);
    at('2030-03-06T12:00:00Z');
    await verified(await submitted(closed, member));
    at('2030-03-07T12:00:00Z');
    await submitted(first, member);
    const back = await submitted(await led('Returned then resubmitted'), member);
    at('2030-03-08T12:00:00Z');
    const again = await returned(back);
    await member
      .post(`/api/tasks/${again.id}/submit`, { result: 'Evidence attached', version: again.version })
      .expect(200);

    at('2030-03-10T12:00:00Z');
    for (const client of [supervisor, suite.admin]) {
      const result = await waiting(client, '?tz=UTC');
      expect(result.sections.map((entry) => entry.key)).toEqual(['awaitingVerification', 'longestUnsigned']);
      expect(figures(result, 'awaitingVerification', [board.id])).toEqual([
        ['Submitted second', 5],
        ['Submitted first', 3],
        ['Returned then resubmitted', 2],
      ]);
      expect(figures(result, 'longestUnsigned', [board.id])).toEqual([
        ['Handed over on the 1st', 9],
        ['Handed over on the 4th', 6],
      ]);
    }
    const [oldest] = section(await waiting(supervisor, '?tz=UTC'), 'awaitingVerification').filter(
      (item) => item.boardId === board.id,
    );
    expect(oldest?.since).toBe('2030-03-05T12:00:00.000Z');
  });

  it("gives a member what awaits their department: unsigned, returned, reports missing; not a restricted board's", async () => {
    const department = await suite.factory.department();
    const other = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const outsider = await suite.factory.user('member', other.id);
    const board = await suite.factory.board({ settings: { reportCadence: 'weekly', reportDay: 5 } });
    const restricted = await suite.factory.board({ departmentIds: [department.id] });
    const led = (title: string, deadline: string | null = null) =>
      task(board.id, { title, leadDepartmentId: department.id, deadline });
    at('2030-03-04T12:00:00Z'); // a Monday
    await led('Not signed for', '2030-03-08');
    const reported = await acknowledged(await led('Reported this week'), member);
    const back = await returned(await submitted(await led('Sent back', '2030-03-09'), member));
    await submitted(await led('Awaiting verification'), member);
    await task(board.id, { title: 'Another department’s', leadDepartmentId: other.id });
    await task(restricted.id, { title: 'On a board for us only', leadDepartmentId: department.id });
    at('2030-03-06T12:00:00Z');
    await member.post(`/api/tasks/${reported.id}/reports`, { text: 'Half done', progress: 50 }).expect(201);

    at('2030-03-10T12:00:00Z');
    const result = await waiting(member, '?tz=UTC');
    expect(result.sections.map((entry) => entry.key)).toEqual(['unsigned', 'returned', 'reportsMissing']);
    expect(figures(result, 'unsigned')).toEqual([
      ['Not signed for', 6],
      ['On a board for us only', 6],
    ]);
    expect(figures(result, 'returned')).toEqual([['Sent back', 1]]);
    expect(section(result, 'returned')[0]).toMatchObject({ taskId: back.id, returnCount: 1 });
    // Open tasks it leads without a report this week (the restricted board reports nothing: no cadence).
    expect(figures(result, 'reportsMissing')).toEqual([
      ['Not signed for', 2],
      ['Sent back', 1],
      ['Awaiting verification', null],
    ]);

    // Another department's member sees neither this department's tasks nor the restricted board.
    const theirs = await waiting(outsider, '?tz=UTC');
    expect(theirs.sections.flatMap((entry) => entry.items.map((item) => item.title))).toEqual([
      'Another department’s',
      'Another department’s',
    ]);
    expect(
      theirs.sections.flatMap((entry) => entry.items).some((item) => item.boardId === restricted.id),
    ).toBe(false);
    // A member without a department has nothing waiting.
    const loner = await suite.factory.user('member');
    expect((await waiting(loner)).sections.map((entry) => entry.total)).toEqual([0, 0, 0]);
  });

  it('leaves out a restricted board the member may not see, even for a task their department leads', async () => {
    const department = await suite.factory.department();
    const other = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const board = await suite.factory.board();
    at('2030-03-04T12:00:00Z');
    await task(board.id, { title: 'Ours, restricted away', leadDepartmentId: department.id });
    await suite.admin.patch(`/api/boards/${board.id}`, { departmentIds: [other.id] }).expect(200);

    const result = await waiting(member, '?tz=UTC');
    expect(result.sections.flatMap((entry) => entry.items)).toEqual([]);
  });

  it('refuses a bad time zone or an unknown parameter with a 400 naming it', async () => {
    for (const [query, field] of [
      ['tz=Mars%2FOlympus', 'tz'],
      ['tz=', 'tz'],
      ['role=leader', 'role'],
    ] as const) {
      const response = await suite.admin.get(`/api/me/waiting?${query}`).expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
    }
  });
});
