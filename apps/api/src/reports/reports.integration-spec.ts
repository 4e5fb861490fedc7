import type {
  ApiErrorBody,
  BoardEvent,
  BoardEventsPage,
  BoardReporting,
  ReportView,
  TaskView,
} from '@duban/contracts';
import { Clock } from '../common/clock';
import { ApiClient } from '../testing/api-client';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** 进展反馈: departments report on their tasks; the lead department's latest report is the task's progress. */
describe('Progress reports', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);
  let clock: Clock;

  beforeAll(() => {
    clock = suite.testApp.app.get(Clock);
  });

  afterEach(() => jest.restoreAllMocks());

  /** Sets the server's clock to a local date and time (months counted from 1, as people write them). */
  function setClock(year: number, month: number, day: number, hour = 10, minute = 0): Date {
    const now = new Date(year, month - 1, day, hour, minute);
    jest.spyOn(clock, 'now').mockReturnValue(now);
    return now;
  }

  async function assignedTask(boardId?: string) {
    const lead = await suite.factory.department();
    const cooperating = await suite.factory.department();
    const board = boardId ?? (await suite.factory.board()).id;
    const task = await suite.factory.task(board, {
      leadDepartmentId: lead.id,
      cooperatingDepartmentIds: [cooperating.id],
    });
    const leadMember = await suite.factory.user('member', lead.id);
    const cooperatingMember = await suite.factory.user('member', cooperating.id);
    return { lead, cooperating, boardId: board, task, leadMember, cooperatingMember };
  }

  async function taskNow(taskId: string): Promise<TaskView> {
    return (await suite.admin.get(`/api/tasks/${taskId}`).expect(200)).body as TaskView;
  }

  async function history(taskId: string): Promise<BoardEvent[]> {
    return (await suite.admin.get(`/api/tasks/${taskId}/history`).expect(200)).body as BoardEvent[];
  }

  function refusal(response: { body: unknown }): string {
    return (response.body as ApiErrorBody).message;
  }

  it("moves the task's progress with the lead department's report, in the same board change", async () => {
    const { lead, task, leadMember, boardId } = await assignedTask();
    const reportedAt = setClock(2021, 5, 10, 9, 30);

    const response = await leadMember
      .post(`/api/tasks/${task.id}/reports`, {
        text: '  Surveyed 12 of 30 sites. 已完成12处现场核查。 ',
        progress: 40,
      })
      .expect(201);

    const report = response.body as ReportView;
    expect(report).toEqual({
      id: expect.any(String),
      taskId: task.id,
      boardId,
      departmentId: lead.id,
      authorId: leadMember.user.id,
      text: 'Surveyed 12 of 30 sites. 已完成12处现场核查。',
      progress: 40,
      reportedAt: reportedAt.toISOString(),
    });
    expect(await taskNow(task.id)).toMatchObject({ progress: 40, version: task.version + 1 });

    const events = (await history(task.id)).map(({ type, seq, data }) => ({ type, seq, data }));
    expect(events).toEqual([
      // seq 1 is the board's creation.
      { type: 'task.created', seq: 2, data: expect.objectContaining({ id: task.id }) },
      {
        type: 'report.created',
        seq: 3,
        data: { ...report, task: expect.objectContaining({ id: task.id, progress: 40, version: 2 }) },
      },
    ]);
    const page = (await suite.admin.get(`/api/boards/${boardId}/events?after=0`).expect(200))
      .body as BoardEventsPage;
    expect(page.seq).toBe(3);
  });

  it("keeps the task's version when the lead department reports the progress it already has", async () => {
    const { task, leadMember } = await assignedTask();
    await leadMember.post(`/api/tasks/${task.id}/reports`, { text: 'Started', progress: 0 }).expect(201);

    expect(await taskNow(task.id)).toMatchObject({ progress: 0, version: 1 });
    const [, reported] = await history(task.id);
    expect(reported?.type).toBe('report.created');
    expect(reported?.data).not.toHaveProperty('task');
  });

  it("records a cooperating department's report as a contribution that leaves the progress alone", async () => {
    const { cooperating, task, cooperatingMember } = await assignedTask();

    const response = await cooperatingMember
      .post(`/api/tasks/${task.id}/reports`, { text: 'Provided the land survey', progress: 90 })
      .expect(201);

    expect(response.body).toMatchObject({ departmentId: cooperating.id, progress: 90 });
    expect(await taskNow(task.id)).toMatchObject({ progress: 0, version: 1 });
    const [, reported] = await history(task.id);
    expect(reported?.data).not.toHaveProperty('task');
  });

  it('lets a supervisor report for the task, and that report sets the progress', async () => {
    const { task } = await assignedTask();
    const supervisor = await suite.factory.user('supervisor');

    await supervisor
      .post(`/api/tasks/${task.id}/reports`, { text: 'Checked on site', progress: 70 })
      .expect(201);

    expect(await taskNow(task.id)).toMatchObject({ progress: 70, version: 2 });
  });

  it('refuses leaders, other departments and closed tasks, saying why, and records nothing', async () => {
    const { task, leadMember, boardId } = await assignedTask();
    const leader = await suite.factory.user('leader');
    const outsider = await suite.factory.user('member', (await suite.factory.department()).id);
    const closed = await suite.factory.task(boardId, {
      leadDepartmentId: leadMember.user.departmentId,
      status: 'done',
    });
    const seqBefore = (await suite.admin.get(`/api/boards/${boardId}`).expect(200)).body.seq as number;
    const body = { text: 'Progress', progress: 50 };

    expect(refusal(await leader.post(`/api/tasks/${task.id}/reports`, body).expect(403))).toMatch(
      /Leaders follow and comment/,
    );
    expect(refusal(await outsider.post(`/api/tasks/${task.id}/reports`, body).expect(403))).toMatch(
      /Only the task's lead or cooperating departments/,
    );
    expect(refusal(await leadMember.post(`/api/tasks/${closed.id}/reports`, body).expect(403))).toMatch(
      /closed/,
    );

    expect((await suite.admin.get(`/api/boards/${boardId}`).expect(200)).body.seq).toBe(seqBefore);
    expect((await suite.admin.get(`/api/tasks/${task.id}/reports`).expect(200)).body).toEqual([]);
  });

  it('rejects bad input naming the field', async () => {
    const { task, leadMember } = await assignedTask();
    for (const [body, field] of [
      [{ text: '   ', progress: 10 }, 'text'],
      [{ text: 'x'.repeat(5001), progress: 10 }, 'text'],
      [{ progress: 10 }, 'text'],
      [{ text: 'ok', progress: 101 }, 'progress'],
      [{ text: 'ok', progress: -5 }, 'progress'],
      [{ text: 'ok', progress: 12.5 }, 'progress'],
      [{ text: 'ok', progress: '40' }, 'progress'],
      [{ text: 'ok', progress: 10, departmentId: leadMember.user.departmentId }, 'departmentId'],
    ] as const) {
      const response = await leadMember.post(`/api/tasks/${task.id}/reports`, body).expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
    }
    await leadMember.post('/api/tasks/not-a-uuid/reports', { text: 'ok', progress: 1 }).expect(400);
  });

  it('answers 404 for unknown tasks and for tasks on boards the user may not see', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await suite.admin.get(`/api/tasks/${unknown}/reports`).expect(404);
    await suite.admin.post(`/api/tasks/${unknown}/reports`, { text: 'x', progress: 1 }).expect(404);

    const restricted = await suite.factory.board({ departmentIds: [(await suite.factory.department()).id] });
    const hidden = await suite.factory.task(restricted.id);
    const outsider = await suite.factory.user('member', (await suite.factory.department()).id);
    await outsider.get(`/api/tasks/${hidden.id}/reports`).expect(404);
    await outsider.post(`/api/tasks/${hidden.id}/reports`, { text: 'x', progress: 1 }).expect(404);
  });

  it('lists reports newest first to anyone who can see the task', async () => {
    const { task, leadMember, cooperatingMember } = await assignedTask();
    setClock(2021, 4, 28);
    await leadMember.post(`/api/tasks/${task.id}/reports`, { text: 'April', progress: 20 }).expect(201);
    setClock(2021, 5, 28);
    await cooperatingMember
      .post(`/api/tasks/${task.id}/reports`, { text: 'Helped', progress: 50 })
      .expect(201);
    setClock(2021, 5, 28, 16);
    await leadMember.post(`/api/tasks/${task.id}/reports`, { text: 'May', progress: 45 }).expect(201);

    const leader = await suite.factory.user('leader');
    const list = (await leader.get(`/api/tasks/${task.id}/reports`).expect(200)).body as ReportView[];
    expect(list.map((report) => [report.text, report.progress])).toEqual([
      ['May', 45],
      ['Helped', 50],
      ['April', 20],
    ]);
    expect(await taskNow(task.id)).toMatchObject({ progress: 45 });
  });

  describe('GET /api/boards/:boardId/reporting', () => {
    async function reporting(boardId: string, by: ApiClient = suite.admin): Promise<BoardReporting> {
      return (await by.get(`/api/boards/${boardId}/reporting`).expect(200)).body as BoardReporting;
    }

    it('has no period and nobody missing on a board without a reporting cadence', async () => {
      const { boardId } = await assignedTask();
      expect(await reporting(boardId)).toEqual({ period: null, missing: [] });
    });

    it('shows the lead departments that have not reported this month, and drops each once it reports', async () => {
      const board = await suite.factory.board({ settings: { reportCadence: 'monthly', reportDay: 28 } });
      const first = await assignedTask(board.id);
      const second = await assignedTask(board.id);
      const alsoFirst = await suite.factory.task(board.id, { leadDepartmentId: first.lead.id });
      await suite.factory.task(board.id, { leadDepartmentId: first.lead.id, status: 'done' });
      await suite.factory.task(board.id);
      // Reported last month: that does not count for this one.
      setClock(2021, 4, 30, 23, 59);
      await first.leadMember
        .post(`/api/tasks/${first.task.id}/reports`, { text: 'April', progress: 10 })
        .expect(201);

      setClock(2021, 5, 10);
      const missingAll = [
        { departmentId: first.lead.id, taskIds: [first.task.id, alsoFirst.id].sort() },
        { departmentId: second.lead.id, taskIds: [second.task.id] },
      ].sort((a, b) => (a.departmentId < b.departmentId ? -1 : 1));
      const before = await reporting(board.id);
      expect(before.period).toEqual({ start: '2021-05-01', dueBy: '2021-05-28' });
      expect(normalized(before.missing)).toEqual(missingAll);

      // A cooperating department's report is not the lead department's.
      await second.cooperatingMember
        .post(`/api/tasks/${second.task.id}/reports`, { text: 'Helped', progress: 30 })
        .expect(201);
      expect(normalized((await reporting(board.id)).missing)).toEqual(missingAll);

      await second.leadMember
        .post(`/api/tasks/${second.task.id}/reports`, { text: 'Half done', progress: 50 })
        .expect(201);
      const member = await reporting(board.id, first.leadMember);
      expect(normalized(member.missing)).toEqual([
        missingAll.find((entry) => entry.departmentId === first.lead.id),
      ]);

      // A new month starts at local midnight: everyone owes a report again.
      setClock(2021, 6, 1, 0, 0);
      const june = await reporting(board.id);
      expect(june.period).toEqual({ start: '2021-06-01', dueBy: '2021-06-28' });
      expect(normalized(june.missing)).toEqual(missingAll);
    });

    it('uses the ISO week on a weekly board', async () => {
      const board = await suite.factory.board({ settings: { reportCadence: 'weekly', reportDay: 5 } });
      const { task, leadMember, lead } = await assignedTask(board.id);
      setClock(2021, 4, 21);
      expect(await reporting(board.id)).toEqual({
        period: { start: '2021-04-19', dueBy: '2021-04-23' },
        missing: [{ departmentId: lead.id, taskIds: [task.id] }],
      });
      await leadMember.post(`/api/tasks/${task.id}/reports`, { text: 'Weekly', progress: 5 }).expect(201);
      expect((await reporting(board.id)).missing).toEqual([]);
    });

    it('answers 404 for boards the user may not see', async () => {
      const restricted = await suite.factory.board({
        departmentIds: [(await suite.factory.department()).id],
      });
      const outsider = await suite.factory.user('member', (await suite.factory.department()).id);
      await outsider.get(`/api/boards/${restricted.id}/reporting`).expect(404);
      await suite.admin.get('/api/boards/00000000-0000-4000-8000-000000000000/reporting').expect(404);
    });
  });

  it('sends report.created, with the task when its progress moved, to everyone watching the board', async () => {
    const { task, leadMember, boardId } = await assignedTask();
    const { socket, recorder: watcher } = await live.connect(await suite.factory.user('leader'));
    await joinBoard(socket, boardId);

    const report = (
      await leadMember.post(`/api/tasks/${task.id}/reports`, { text: 'On track', progress: 60 })
    ).body as ReportView;

    await watcher.waitForEvents(1);
    expect(watcher.events).toEqual([
      expect.objectContaining({
        type: 'report.created',
        // After the board's creation and the task's.
        seq: 3,
        actorId: leadMember.user.id,
        data: { ...report, task: expect.objectContaining({ id: task.id, progress: 60, version: 2 }) },
      }),
    ]);
  });
});

/** Task ids sorted, for comparing without depending on creation order within a department. */
function normalized(missing: BoardReporting['missing']): BoardReporting['missing'] {
  return missing.map(({ departmentId, taskIds }) => ({ departmentId, taskIds: [...taskIds].sort() }));
}
