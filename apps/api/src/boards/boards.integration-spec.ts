import type { ApiErrorBody, BoardEventsPage, BoardSummary, BoardView } from '@duban/contracts';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

describe('Boards API', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  it('lets supervisors and admins create boards, and nobody else', async () => {
    const supervisor = await suite.factory.user('supervisor');
    const response = await supervisor
      .post('/api/boards', {
        title: 'Standing Committee, 21 April 2021',
        description: 'Tasks decided at the enlarged meeting',
        source: 'Minutes of the enlarged meeting',
      })
      .expect(201);
    expect(response.body).toMatchObject({
      title: 'Standing Committee, 21 April 2021',
      description: 'Tasks decided at the enlarged meeting',
      source: 'Minutes of the enlarged meeting',
      departmentIds: [],
      seq: 1,
    });

    await (await suite.factory.user('leader')).post('/api/boards', { title: 'x' }).expect(403);
    await (await suite.factory.user('member')).post('/api/boards', { title: 'x' }).expect(403);
  });

  it('records who created a board, and with what visibility, as its first event', async () => {
    const department = await suite.factory.department();
    const supervisor = await suite.factory.user('supervisor');
    const board = await suite.factory.board(
      { title: 'Inspection findings, May', departmentIds: [department.id] },
      supervisor,
    );

    const { events, seq } = (await supervisor.get(`/api/boards/${board.id}/events`).expect(200))
      .body as BoardEventsPage;
    expect(seq).toBe(1);
    expect(events).toEqual([
      expect.objectContaining({
        seq: 1,
        type: 'board.created',
        actorId: supervisor.user.id,
        data: board,
        changes: expect.arrayContaining([
          { record: 'board', field: 'title', before: null, after: 'Inspection findings, May' },
          { record: 'board', field: 'departmentIds', before: null, after: [department.id] },
        ]),
      }),
    ]);
    const verified = await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200);
    expect(verified.body).toMatchObject({ ok: true, checked: 1 });
  });

  it('shows a restricted board only to its departments, admins, supervisors and leaders', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const restricted = await suite.factory.board({ departmentIds: [inside.id] });
    const open = await suite.factory.board();
    const viewers = {
      insider: await suite.factory.user('member', inside.id),
      outsider: await suite.factory.user('member', outside.id),
      leader: await suite.factory.user('leader'),
      supervisor: await suite.factory.user('supervisor'),
    };

    for (const client of [viewers.insider, viewers.leader, viewers.supervisor, suite.admin]) {
      const ids = ((await client.get('/api/boards').expect(200)).body as BoardView[]).map(
        (board) => board.id,
      );
      expect(ids).toEqual(expect.arrayContaining([restricted.id, open.id]));
      await client.get(`/api/boards/${restricted.id}`).expect(200);
    }
    const outsiderIds = ((await viewers.outsider.get('/api/boards').expect(200)).body as BoardView[]).map(
      (board) => board.id,
    );
    expect(outsiderIds).toContain(open.id);
    expect(outsiderIds).not.toContain(restricted.id);
    await viewers.outsider.get(`/api/boards/${restricted.id}`).expect(404);
    await viewers.outsider.get(`/api/boards/${restricted.id}/events`).expect(404);
    const task = await suite.factory.task(restricted.id);
    await viewers.outsider.get(`/api/tasks/${task.id}`).expect(404);
    await viewers.outsider.post(`/api/tasks/${task.id}/comments`, { body: 'hi' }).expect(404);
  });

  it('lists boards with their total, done and overdue task counts', async () => {
    const board = await suite.factory.board();
    await suite.factory.task(board.id, { deadline: '2020-01-01' });
    await suite.factory.task(board.id, { deadline: '2020-01-01', status: 'done' });
    await suite.factory.task(board.id, { deadline: '2099-12-31' });
    await suite.factory.task(board.id);
    const empty = await suite.factory.board();

    const boards = (await suite.admin.get('/api/boards').expect(200)).body as BoardSummary[];

    expect(boards.find((entry) => entry.id === board.id)?.counts).toEqual({ total: 4, done: 1, overdue: 1 });
    expect(boards.find((entry) => entry.id === empty.id)?.counts).toEqual({ total: 0, done: 0, overdue: 0 });
  });

  it('keeps supervision settings per board, with defaults, changed only by supervisors', async () => {
    const board = await suite.factory.board();
    expect(board.settings).toEqual({
      dueSoonDays: 7,
      reportCadence: 'none',
      reportDay: 28,
      escalationDays: 3,
    });
    const supervisor = await suite.factory.user('supervisor');

    const updated = await supervisor
      .patch(`/api/boards/${board.id}`, {
        title: 'Renamed',
        settings: { reportCadence: 'monthly', reportDay: 25 },
      })
      .expect(200);

    expect(updated.body).toMatchObject({
      title: 'Renamed',
      settings: { dueSoonDays: 7, reportCadence: 'monthly', reportDay: 25, escalationDays: 3 },
    });
    expect((await suite.admin.get(`/api/boards/${board.id}`).expect(200)).body.board.settings.reportDay).toBe(
      25,
    );
    await (await suite.factory.user('member')).patch(`/api/boards/${board.id}`, { title: 'x' }).expect(403);
    const bad = await supervisor
      .patch(`/api/boards/${board.id}`, { settings: { dueSoonDays: -1 } })
      .expect(400);
    expect((bad.body as ApiErrorBody).details?.[0]?.field).toBe('settings.dueSoonDays');
  });

  it('records a board change as an event with its before/after, sent live to the board', async () => {
    const board = await suite.factory.board({ title: 'Standing Committee' });
    const supervisor = await suite.factory.user('supervisor');
    const { socket, recorder } = await live.connect(supervisor);
    await joinBoard(socket, board.id);

    await supervisor
      .patch(`/api/boards/${board.id}`, {
        title: 'Standing Committee, April',
        settings: { dueSoonDays: 10 },
      })
      .expect(200);

    await recorder.waitForEvents(1);
    const [event] = recorder.events;
    expect(event).toMatchObject({
      type: 'board.updated',
      // seq 1 is the board's creation.
      seq: 2,
      actorId: supervisor.user.id,
      data: { id: board.id, title: 'Standing Committee, April', settings: { dueSoonDays: 10 } },
    });
    expect(event!.changes).toEqual([
      { record: 'board', field: 'title', before: 'Standing Committee', after: 'Standing Committee, April' },
      { record: 'board', field: 'dueSoonDays', before: 7, after: 10 },
    ]);
    const history = await supervisor.get(`/api/boards/${board.id}/history?types=board.updated`).expect(200);
    expect(history.body.events).toEqual([event]);
  });

  it('records nothing when a change leaves the board as it was', async () => {
    const board = await suite.factory.board({ title: 'Standing Committee', settings: { dueSoonDays: 10 } });

    const saved = await suite.admin
      .patch(`/api/boards/${board.id}`, { title: 'Standing Committee', settings: { dueSoonDays: 10 } })
      .expect(200);
    await suite.admin.patch(`/api/boards/${board.id}`, { title: 'Standing Committee, April' }).expect(200);

    expect(saved.body).toMatchObject({ title: 'Standing Committee', seq: 1, settings: { dueSoonDays: 10 } });
    const events = await suite.admin.get(`/api/boards/${board.id}/events?after=1`).expect(200);
    // The real change takes seq 2, after the board's creation: the empty one took no seq and left no event.
    expect(events.body.events).toEqual([
      expect.objectContaining({
        seq: 2,
        type: 'board.updated',
        changes: [
          {
            record: 'board',
            field: 'title',
            before: 'Standing Committee',
            after: 'Standing Committee, April',
          },
        ],
      }),
    ]);
  });

  it('refuses a weekly reporting day that is not a weekday, naming the field', async () => {
    const board = await suite.factory.board({ settings: { reportCadence: 'monthly', reportDay: 25 } });

    const bad = await suite.admin
      .patch(`/api/boards/${board.id}`, { settings: { reportCadence: 'weekly' } })
      .expect(400);
    await suite.admin
      .patch(`/api/boards/${board.id}`, { settings: { reportCadence: 'weekly', reportDay: 5 } })
      .expect(200);
    const badCreate = await suite.admin
      .post('/api/boards', { title: 'Weekly', settings: { reportCadence: 'weekly', reportDay: 12 } })
      .expect(400);

    for (const response of [bad, badCreate]) {
      expect((response.body as ApiErrorBody).details).toEqual([
        { field: 'settings.reportDay', message: expect.stringMatching(/weekday/) },
      ]);
    }
  });

  it('rejects unknown departments and bad fields naming them', async () => {
    const response = await suite.admin
      .post('/api/boards', { title: 'x', departmentIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    expect((response.body as ApiErrorBody).details).toEqual([
      { field: 'departmentIds', message: 'no such department' },
    ]);
    const bad = await suite.admin
      .post('/api/boards', { title: 'x'.repeat(201), departmentIds: ['nope'] })
      .expect(400);
    expect((bad.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([
      'title',
      'departmentIds.0',
    ]);
  });

  it('returns a snapshot whose seq matches its tasks', async () => {
    const board = await suite.factory.board();
    const first = await suite.factory.task(board.id);
    await suite.factory.task(board.id);
    await suite.admin.patch(`/api/tasks/${first.id}`, { progress: 20, version: 1 }).expect(200);

    const snapshot = await suite.admin.get(`/api/boards/${board.id}`).expect(200);

    // The board's creation, two tasks created and one edited.
    expect(snapshot.body.seq).toBe(4);
    expect(snapshot.body.board).toMatchObject({ id: board.id, seq: 4 });
    expect(snapshot.body.tasks).toHaveLength(2);
  });

  it('pages through events after a seq, in order', async () => {
    const board = await suite.factory.board();
    for (let index = 0; index < 5; index += 1) await suite.factory.task(board.id, { title: `Task ${index}` });

    // seq 1 is the board's creation, then one event per task.
    const page = await suite.admin.get(`/api/boards/${board.id}/events?after=2&limit=2`).expect(200);
    expect(page.body.seq).toBe(6);
    expect(page.body.events.map((event: { seq: number }) => event.seq)).toEqual([3, 4]);
    expect(page.body.events[0]).toMatchObject({
      boardId: board.id,
      type: 'task.created',
      actorId: suite.admin.user.id,
      data: { title: 'Task 1' },
    });
    const rest = await suite.admin.get(`/api/boards/${board.id}/events?after=4`).expect(200);
    expect(rest.body.events.map((event: { seq: number }) => event.seq)).toEqual([5, 6]);
  });

  it('rejects bad paging parameters naming them', async () => {
    const board = await suite.factory.board();
    for (const [query, field] of [
      ['limit=5000', 'limit'],
      ['limit=0', 'limit'],
      ['after=-1', 'after'],
      ['after=abc', 'after'],
    ]) {
      const response = await suite.admin.get(`/api/boards/${board.id}/events?${query}`).expect(400);
      expect((response.body as ApiErrorBody).details?.[0]?.field).toBe(field);
    }
    await suite.admin.get('/api/boards/00000000-0000-4000-8000-000000000000/events').expect(404);
  });
});
