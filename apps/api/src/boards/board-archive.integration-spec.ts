import type { ApiErrorBody, BoardSnapshot, BoardSummary, BoardView, TaskView } from '@duban/contracts';
import { Clock } from '../common/clock';
import { SchedulerService } from '../scheduler/scheduler.service';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/**
 * Archiving a finished board (归档): it turns read-only at once for everyone watching, leaves the default
 * list, stays findable, and a supervisor can restore it. The refusal of every write route on an archived
 * board is proven route by route in board-writes.integration-spec.ts.
 */
describe('Archived boards', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  const titles = (boards: BoardSummary[]) => boards.map((board) => board.title);

  it('archives and restores a board as events of their own, sent live to the open board', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const board = await suite.factory.board({ title: 'Standing Committee, March' }, supervisor);
    const { socket, recorder } = await live.connect(await suite.factory.user('leader'));
    await joinBoard(socket, board.id);

    const archived = await supervisor.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);

    expect(archived.body).toMatchObject({ id: board.id, archivedAt: expect.any(String) as unknown, seq: 2 });
    await recorder.waitForEvents(1);
    expect(recorder.events[0]).toMatchObject({
      type: 'board.archived',
      seq: 2,
      actorId: supervisor.user.id,
      data: { id: board.id, archivedAt: (archived.body as BoardView).archivedAt },
    });
    // Reading it is still allowed: the snapshot says it is archived.
    const snapshot = (await supervisor.get(`/api/boards/${board.id}`).expect(200)).body as BoardSnapshot;
    expect(snapshot.board.archivedAt).toBe((archived.body as BoardView).archivedAt);

    const restored = await supervisor.patch(`/api/boards/${board.id}`, { archived: false }).expect(200);

    expect(restored.body).toMatchObject({ archivedAt: null, seq: 3 });
    await recorder.waitForEvents(2);
    expect(recorder.events[1]).toMatchObject({ type: 'board.restored', seq: 3, data: { archivedAt: null } });
    const history = await supervisor
      .get(`/api/boards/${board.id}/history?types=board.archived,board.restored`)
      .expect(200);
    expect(history.body.events.map((event: { type: string }) => event.type)).toEqual([
      'board.restored',
      'board.archived',
    ]);
    // Restored, it is writable again.
    await suite.factory.task(board.id, { title: 'Relocate the 12 enterprises' }, supervisor);
  });

  it('refuses changes to an archived board with board_archived, until it is restored', async () => {
    const board = await suite.factory.board({ title: 'Inspection findings, April' });
    const task = await suite.factory.task(board.id);
    await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);

    const renamed = await suite.admin.patch(`/api/boards/${board.id}`, { title: 'Renamed' }).expect(403);
    const created = await suite.admin.post(`/api/boards/${board.id}/tasks`, { title: 'More' }).expect(403);
    const commented = await suite.admin.post(`/api/tasks/${task.id}/comments`, { body: 'Hi' }).expect(403);
    const again = await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(403);

    for (const refused of [renamed, created, commented, again])
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'board_archived' });
    const { seq } = (await suite.admin.get(`/api/boards/${board.id}`).expect(200)).body as BoardSnapshot;
    expect(seq).toBe(3);
    // Restoring may carry other changes: they apply to the board it makes writable.
    const restored = await suite.admin
      .patch(`/api/boards/${board.id}`, { archived: false, title: 'Inspection findings, April (reopened)' })
      .expect(200);
    expect(restored.body).toMatchObject({ archivedAt: null, title: 'Inspection findings, April (reopened)' });
  });

  it('takes the board away from departments an archiving change also restricts it from', async () => {
    const [staying, leaving] = [await suite.factory.department(), await suite.factory.department()];
    const board = await suite.factory.board({ title: 'Flood prevention, 2025' });
    const outsider = await live.connect(await suite.factory.user('member', leaving.id));
    await joinBoard(outsider.socket, board.id);

    await suite.admin
      .patch(`/api/boards/${board.id}`, { archived: true, departmentIds: [staying.id] })
      .expect(200);

    await outsider.recorder.waitFor((recorder) => recorder.revoked.length > 0);
    expect(outsider.recorder.revoked).toEqual([board.id]);
    expect(outsider.recorder.events).toEqual([]);
  });

  it('lets only supervisors and administrators archive or restore a board', async () => {
    const department = await suite.factory.department();
    const board = await suite.factory.board({ title: 'Rectification, May' });
    const leader = await suite.factory.user('leader');
    const member = await suite.factory.user('member', department.id);

    for (const refused of [leader, member]) {
      const response = await refused.patch(`/api/boards/${board.id}`, { archived: true }).expect(403);
      expect(response.body).toMatchObject({ code: 'forbidden' });
    }
    await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);
    await member.patch(`/api/boards/${board.id}`, { archived: false }).expect(403);
    const wrong = await suite.admin.patch(`/api/boards/${board.id}`, { archived: 'yes' }).expect(400);
    expect((wrong.body as ApiErrorBody).details?.[0]?.field).toBe('archived');
  });

  it('lists archived boards only on request, and finds boards by title in any case and script', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const open = await suite.factory.board({ title: 'Search-7 River Chief System 河长制' }, supervisor);
    const done = await suite.factory.board({ title: 'Search-7 Air Quality 大气污染防治' }, supervisor);
    await suite.factory.board({ title: 'Search-7 Old Town 100%_renewal' }, supervisor);
    await supervisor.patch(`/api/boards/${done.id}`, { archived: true }).expect(200);
    const list = async (query: string) =>
      titles((await supervisor.get(`/api/boards?${query}`).expect(200)).body as BoardSummary[]);

    expect(await list('q=search-7')).toEqual([
      'Search-7 River Chief System 河长制',
      'Search-7 Old Town 100%_renewal',
    ]);
    expect(await list('q=SEARCH-7&archived=include')).toHaveLength(3);
    expect(await list('q=search-7&archived=only')).toEqual(['Search-7 Air Quality 大气污染防治']);
    expect(await list(`q=${encodeURIComponent('河长')}`)).toEqual([open.title]);
    expect(await list(`q=${encodeURIComponent('大气')}&archived=include`)).toEqual([done.title]);
    // The user's % and _ are letters, not wildcards.
    expect(await list(`q=${encodeURIComponent('0%_r')}`)).toEqual(['Search-7 Old Town 100%_renewal']);
    expect(await list(`q=${encodeURIComponent('search-7%air')}&archived=include`)).toEqual([]);
    // Without a query, the default list leaves archived boards out.
    expect(await list('')).toContain(open.title);
    expect(await list('')).not.toContain(done.title);
  });

  it('names the bad query parameter', async () => {
    const bad = await suite.admin.get('/api/boards?archived=sometimes').expect(400);
    expect((bad.body as ApiErrorBody).details?.[0]?.field).toBe('archived');
    const long = await suite.admin.get(`/api/boards?q=${'x'.repeat(201)}`).expect(400);
    expect((long.body as ApiErrorBody).details?.[0]?.field).toBe('q');
  });

  it('keeps restricted archived boards hidden from other departments', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const board = await suite.factory.board({ title: 'Search-9 Restricted', departmentIds: [inside.id] });
    await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);
    const insider = await suite.factory.user('member', inside.id);
    const outsider = await suite.factory.user('member', outside.id);

    const found = async (user: typeof insider) =>
      titles((await user.get('/api/boards?q=Search-9&archived=only').expect(200)).body as BoardSummary[]);
    expect(await found(insider)).toEqual(['Search-9 Restricted']);
    expect(await found(outsider)).toEqual([]);
  });

  describe('the scheduler', () => {
    afterEach(() => jest.restoreAllMocks());

    it('leaves an archived board as it was archived: no lights, no reminders', async () => {
      const clock = suite.testApp.app.get(Clock);
      const setToday = (date: string) => {
        jest.spyOn(clock, 'today').mockReturnValue(date);
        jest.spyOn(clock, 'now').mockReturnValue(new Date(`${date}T09:00:00`));
      };
      setToday('2021-05-01');
      const lead = await suite.factory.department();
      const archived = await suite.factory.board({ title: 'Campaign 2020, finished' });
      const inUse = await suite.factory.board({ title: 'Campaign 2021' });
      const old = await suite.factory.task(archived.id, {
        deadline: '2021-05-03',
        leadDepartmentId: lead.id,
      });
      const current = await suite.factory.task(inUse.id, {
        deadline: '2021-05-03',
        leadDepartmentId: lead.id,
      });
      await suite.admin.patch(`/api/boards/${archived.id}`, { archived: true }).expect(200);
      const seqOf = async (boardId: string) =>
        ((await suite.admin.get(`/api/boards/${boardId}`).expect(200)).body as BoardSnapshot).seq;
      const before = await seqOf(archived.id);

      // Past the deadline and past the escalation days: the board in use gets a red light and reminders.
      setToday('2021-05-20');
      await suite.testApp.app.get(SchedulerService).tick();

      const lightOf = async (task: TaskView) =>
        ((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body as TaskView).light;
      expect(await lightOf(current)).toBe('red');
      expect(await lightOf(old)).toBe('yellow');
      expect(await seqOf(archived.id)).toBe(before);
    });
  });
});
