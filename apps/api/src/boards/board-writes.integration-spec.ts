import type { AttachmentView, BoardView, CommentView, NotificationList, TaskView } from '@duban/contracts';
import type { Response, Test } from 'supertest';
import { loadApiRoutes } from '../security/openapi-routes';
import type { ApiClient } from '../testing/api-client';
import { sampleText } from '../testing/sample-files';
import { useTestApp, type TestSuite } from '../testing/use-test-app';

/**
 * Every write to a board's state goes through the one change path (BoardChangeService): one write, one
 * event, the board's seq up by exactly one; a write that changes nothing, nothing at all. The routes come
 * from the running app's OpenAPI document, so a new write route that is in neither list below fails here.
 */

/** How far along the supervision workflow the scene's task is. */
type Stage = 'assigned' | 'started' | 'submitted' | 'closed';

interface Scene {
  board: BoardView;
  supervisor: ApiClient;
  /** A member of the task's lead department. */
  member: ApiClient;
  task: TaskView;
}

/** A write ready to be sent: the board it should change (null: it creates one), who sends it, and how. */
interface PreparedWrite {
  boardId: string | null;
  actor: ApiClient;
  send: () => Test;
}

type Prepare = (suite: TestSuite) => Promise<PreparedWrite>;

async function scene(suite: TestSuite, stage: Stage = 'assigned'): Promise<Scene> {
  const lead = await suite.factory.department();
  const board = await suite.factory.board();
  const supervisor = await suite.factory.user('supervisor');
  const member = await suite.factory.user('member', lead.id);
  let task = await suite.factory.task(board.id, { leadDepartmentId: lead.id }, supervisor);
  const step = async (by: ApiClient, path: string, body: object) =>
    (task = (await by.post(`/api/tasks/${task.id}/${path}`, { ...body, version: task.version }).expect(200))
      .body as TaskView);
  if (stage === 'assigned') return { board, supervisor, member, task };
  await step(member, 'acknowledge', {});
  await step(member, 'move', { status: 'in_progress', afterTaskId: null });
  if (stage === 'started') return { board, supervisor, member, task };
  await step(member, 'submit', { result: 'All 12 enterprises relocated' });
  if (stage === 'submitted') return { board, supervisor, member, task };
  await step(supervisor, 'verify', { note: 'Checked on site' });
  return { board, supervisor, member, task };
}

/** A write on the scene's board, by one of its people. */
function onScene(stage: Stage, write: (scene: Scene) => { actor: ApiClient; send: () => Test }): Prepare {
  return async (suite) => {
    const made = await scene(suite, stage);
    return { boardId: made.board.id, ...write(made) };
  };
}

async function commentOn(made: Scene): Promise<CommentView> {
  return (await made.member.post(`/api/tasks/${made.task.id}/comments`, { body: 'On it' }).expect(201))
    .body as CommentView;
}

const task = (made: Scene, action = '') => `/api/tasks/${made.task.id}${action}`;
const version = (made: Scene) => made.task.version;

/** Every REST route that writes a board's state, keyed as the OpenAPI document names it. */
const BOARD_WRITES: Record<string, Prepare> = {
  'POST /api/boards': async (suite) => {
    const supervisor = await suite.factory.user('supervisor');
    return { boardId: null, actor: supervisor, send: () => supervisor.post('/api/boards', { title: 'May' }) };
  },
  'PATCH /api/boards/{boardId}': onScene('assigned', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.patch(`/api/boards/${made.board.id}`, { title: 'Renamed' }),
  })),
  'POST /api/boards/{boardId}/tasks': onScene('assigned', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.post(`/api/boards/${made.board.id}/tasks`, { title: 'Another task' }),
  })),
  'PATCH /api/tasks/{taskId}': onScene('started', (made) => ({
    actor: made.member,
    send: () => made.member.patch(task(made), { progress: 30, version: version(made) }),
  })),
  'POST /api/tasks/{taskId}/move': onScene('started', (made) => ({
    actor: made.supervisor,
    send: () =>
      made.supervisor.post(task(made, '/move'), {
        status: 'todo',
        afterTaskId: null,
        version: version(made),
      }),
  })),
  'POST /api/tasks/{taskId}/acknowledge': onScene('assigned', (made) => ({
    actor: made.member,
    send: () => made.member.post(task(made, '/acknowledge'), {}),
  })),
  'POST /api/tasks/{taskId}/submit': onScene('started', (made) => ({
    actor: made.member,
    send: () => made.member.post(task(made, '/submit'), { result: 'Relocated', version: version(made) }),
  })),
  'POST /api/tasks/{taskId}/verify': onScene('submitted', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.post(task(made, '/verify'), { note: 'Checked', version: version(made) }),
  })),
  'POST /api/tasks/{taskId}/return': onScene('submitted', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.post(task(made, '/return'), { reason: 'No photos', version: version(made) }),
  })),
  'POST /api/tasks/{taskId}/reopen': onScene('closed', (made) => ({
    actor: made.supervisor,
    send: () =>
      made.supervisor.post(task(made, '/reopen'), { reason: 'Not finished', version: version(made) }),
  })),
  'DELETE /api/tasks/{taskId}': onScene('assigned', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.delete(task(made, `?version=${version(made)}`)),
  })),
  'POST /api/tasks/{taskId}/comments': onScene('closed', (made) => ({
    actor: made.member,
    send: () => made.member.post(task(made, '/comments'), { body: 'Thanks' }),
  })),
  'PATCH /api/comments/{id}': async (suite) => {
    const made = await scene(suite);
    const comment = await commentOn(made);
    const send = () => made.member.patch(`/api/comments/${comment.id}`, { body: 'On it, by Friday' });
    return { boardId: made.board.id, actor: made.member, send };
  },
  'DELETE /api/comments/{id}': async (suite) => {
    const made = await scene(suite);
    const comment = await commentOn(made);
    return {
      boardId: made.board.id,
      actor: made.member,
      send: () => made.member.delete(`/api/comments/${comment.id}`),
    };
  },
  'POST /api/tasks/{taskId}/reports': onScene('started', (made) => ({
    actor: made.member,
    send: () => made.member.post(task(made, '/reports'), { text: 'Half relocated', progress: 50 }),
  })),
  'POST /api/tasks/{taskId}/reminders': onScene('started', (made) => ({
    actor: made.supervisor,
    send: () => made.supervisor.post(task(made, '/reminders'), { message: 'Report by Friday' }),
  })),
  'POST /api/tasks/{taskId}/attachments': onScene('started', (made) => ({
    actor: made.member,
    send: () => made.member.upload(made.task.id, sampleText()),
  })),
  'DELETE /api/attachments/{id}': async (suite) => {
    const made = await scene(suite, 'started');
    const added = (await made.member.upload(made.task.id, sampleText()).expect(201)).body as AttachmentView;
    return {
      boardId: made.board.id,
      actor: made.member,
      send: () => made.member.delete(`/api/attachments/${added.id}`),
    };
  },
  // One draft here: each draft of an import is a task.created event of its own (minutes.integration-spec).
  'POST /api/boards/{boardId}/minutes': onScene('assigned', (made) => ({
    actor: made.supervisor,
    send: () =>
      made.supervisor.post(`/api/boards/${made.board.id}/minutes`, {
        text: 'Minutes\nIt is necessary to dredge the reservoir.',
        drafts: [{ title: 'Dredge the reservoir', description: '', sourceStart: 8, sourceEnd: 48 }],
      }),
  })),
};

/** Write routes that touch no board: people, departments, sessions, one's own notifications, previews. */
const OTHER_WRITES: Record<string, Prepare> = {
  'POST /api/minutes/preview': async (suite) => {
    const supervisor = await suite.factory.user('supervisor');
    const text = 'Minutes\nIt is necessary to dredge the reservoir.';
    return {
      boardId: null,
      actor: supervisor,
      send: () => supervisor.post('/api/minutes/preview', { text }),
    };
  },
  'POST /api/auth/login': (suite) =>
    Promise.resolve({
      boardId: null,
      actor: suite.admin,
      send: () => suite.admin.post('/api/auth/login', { username: 'admin', password: 'admin-password' }),
    }),
  'POST /api/auth/logout': async (suite) => {
    const user = await suite.factory.user('member');
    return { boardId: null, actor: user, send: () => user.post('/api/auth/logout') };
  },
  'POST /api/me/password': async (suite) => {
    const user = await suite.factory.user('member');
    const body = { currentPassword: 'password-1234', newPassword: 'another-password-5678' };
    return { boardId: null, actor: user, send: () => user.post('/api/me/password', body) };
  },
  'POST /api/users': (suite) => {
    const body = { username: 'new-user', password: 'password-1234', displayName: 'New', role: 'leader' };
    return Promise.resolve({
      boardId: null,
      actor: suite.admin,
      send: () => suite.admin.post('/api/users', body),
    });
  },
  'PATCH /api/users/{id}': async (suite) => {
    const user = await suite.factory.user('member');
    const send = () => suite.admin.patch(`/api/users/${user.user.id}`, { displayName: 'Renamed' });
    return { boardId: null, actor: suite.admin, send };
  },
  'POST /api/departments': (suite) =>
    Promise.resolve({
      boardId: null,
      actor: suite.admin,
      send: () => suite.admin.post('/api/departments', { name: 'Statistics Bureau' }),
    }),
  'PATCH /api/departments/{id}': async (suite) => {
    const department = await suite.factory.department();
    const send = () => suite.admin.patch(`/api/departments/${department.id}`, { name: 'Renamed bureau' });
    return { boardId: null, actor: suite.admin, send };
  },
  'DELETE /api/departments/{id}': async (suite) => {
    const department = await suite.factory.department();
    return {
      boardId: null,
      actor: suite.admin,
      send: () => suite.admin.delete(`/api/departments/${department.id}`),
    };
  },
  'PATCH /api/me/preferences': async (suite) => {
    const user = await suite.factory.user('member');
    return {
      boardId: null,
      actor: user,
      send: () => user.patch('/api/me/preferences', { cardDensity: 'compact' }),
    };
  },
  'POST /api/notifications/read-all': async (suite) => {
    const made = await remindedScene(suite);
    return { boardId: null, actor: made.member, send: () => made.member.post('/api/notifications/read-all') };
  },
  'POST /api/notifications/{id}/read': async (suite) => {
    const made = await remindedScene(suite);
    const { items } = (await made.member.get('/api/notifications').expect(200)).body as NotificationList;
    const send = () => made.member.post(`/api/notifications/${items[0]!.id}/read`);
    return { boardId: null, actor: made.member, send };
  },
};

/** A scene whose member has a notification: the supervisor reminded the lead department. */
async function remindedScene(suite: TestSuite): Promise<Scene> {
  const made = await scene(suite, 'started');
  await made.supervisor.post(task(made, '/reminders'), { message: 'Report by Friday' }).expect(201);
  return made;
}

describe('Board writes: one change, one event, one seq', () => {
  const suite = useTestApp();

  /** The board's seq and its events as stored; a board not created yet has neither. */
  async function boardLog(boardId: string) {
    const [row] = await suite.testApp.dataSource.query<{ seq: number; events: number; actorId: string }[]>(
      `SELECT b.seq,
              (SELECT count(*)::int FROM board_events e WHERE e."boardId" = b.id) AS events,
              (SELECT e."actorId" FROM board_events e WHERE e."boardId" = b.id AND e.seq = b.seq) AS "actorId"
       FROM boards b WHERE b.id = $1`,
      [boardId],
    );
    return row ?? { seq: 0, events: 0, actorId: null };
  }

  /** Every board's seq and event added up: what a write that touches no board must leave as it is. */
  async function allLogs(): Promise<{ seqs: number; events: number }> {
    const [row] = await suite.testApp.dataSource.query<{ seqs: number; events: number }[]>(
      `SELECT (SELECT coalesce(sum(seq), 0)::int FROM boards) AS seqs,
              (SELECT count(*)::int FROM board_events) AS events`,
    );
    return row!;
  }

  /** Fails with what the server said, so a refused setup reads as such rather than as a wrong count. */
  function expectSuccess(response: Response, key: string): void {
    if (response.status >= 300) throw new Error(`${key} answered ${response.status}: ${response.text}`);
  }

  it('knows every write route of the app as a board write or as one that touches no board', async () => {
    const routes = await loadApiRoutes(suite.testApp.url);
    const writes = routes.filter((route) => route.method !== 'get').map((route) => route.key);

    expect(writes.sort()).toEqual([...Object.keys(BOARD_WRITES), ...Object.keys(OTHER_WRITES)].sort());
  });

  it.each(Object.entries(BOARD_WRITES))(
    '%s bumps the seq by one and appends one event',
    async (key, prepare) => {
      const write = await prepare(suite);
      const before = write.boardId === null ? { seq: 0, events: 0 } : await boardLog(write.boardId);

      const response = await write.send();

      expectSuccess(response, key);
      const boardId = write.boardId ?? (response.body as BoardView).id;
      expect(await boardLog(boardId)).toEqual({
        seq: before.seq + 1,
        events: before.events + 1,
        actorId: write.actor.user.id,
      });
    },
  );

  it('a leader’s instruction and the reply that answers it (领导批示) are each one event and one seq', async () => {
    const made = await scene(suite, 'started');
    const leader = await suite.factory.user('leader');
    const start = await boardLog(made.board.id);
    const given = await leader
      .post(task(made, '/comments'), { body: 'Report by Friday', kind: 'instruction' })
      .expect(201);
    expect(await boardLog(made.board.id)).toEqual({
      seq: start.seq + 1,
      events: start.events + 1,
      actorId: leader.user.id,
    });
    await made.member
      .post(task(made, '/comments'), { body: 'Received', replyToId: (given.body as CommentView).id })
      .expect(201);
    expect(await boardLog(made.board.id)).toEqual({
      seq: start.seq + 2,
      events: start.events + 2,
      actorId: made.member.user.id,
    });
    const [last] = await suite.testApp.dataSource.query<{ type: string }[]>(
      `SELECT type FROM board_events WHERE "boardId" = $1 ORDER BY seq DESC LIMIT 1`,
      [made.board.id],
    );
    expect(last).toEqual({ type: 'instruction.answered' });
  });

  const ON_EXISTING_BOARDS = Object.entries(BOARD_WRITES).filter(([key]) => key !== 'POST /api/boards');

  it.each(ON_EXISTING_BOARDS)(
    '%s is refused on an archived board (board_archived), and changes nothing',
    async (key, prepare) => {
      const write = await prepare(suite);
      await suite.admin.patch(`/api/boards/${write.boardId}`, { archived: true }).expect(200);
      const before = await boardLog(write.boardId!);

      const response = await write.send();

      expect({ key, status: response.status, code: (response.body as { code?: string }).code }).toEqual({
        key,
        status: 403,
        code: 'board_archived',
      });
      expect(await boardLog(write.boardId!)).toEqual(before);
    },
  );

  it.each(Object.entries(OTHER_WRITES))('%s changes no board', async (key, prepare) => {
    const write = await prepare(suite);
    const before = await allLogs();

    expectSuccess(await write.send(), key);

    expect(await allLogs()).toEqual(before);
  });

  describe('a write that changes nothing records nothing', () => {
    it('saving a board, a task or a comment as it is', async () => {
      const made = await scene(suite, 'started');
      const comment = await commentOn(made);
      const before = await boardLog(made.board.id);

      await made.supervisor.patch(`/api/boards/${made.board.id}`, { title: made.board.title }).expect(200);
      await made.supervisor.patch(`/api/boards/${made.board.id}`, {}).expect(200);
      const same = await made.member
        .patch(task(made), { title: made.task.title, progress: made.task.progress, version: version(made) })
        .expect(200);
      await made.member.patch(task(made), { version: version(made) }).expect(200);
      const unedited = await made.member
        .patch(`/api/comments/${comment.id}`, { body: comment.body })
        .expect(200);

      expect(same.body).toMatchObject({ version: version(made) });
      expect(unedited.body).toMatchObject({ body: comment.body, editedAt: null });
      expect(await boardLog(made.board.id)).toEqual(before);
    });

    it('dropping a card where it already is', async () => {
      const made = await scene(suite);
      const below = await suite.factory.task(made.board.id, {}, made.supervisor);
      const before = await boardLog(made.board.id);
      const move = (moved: TaskView, afterTaskId: string | null) =>
        made.supervisor
          .post(`/api/tasks/${moved.id}/move`, { status: 'todo', afterTaskId, version: moved.version })
          .expect(200);

      const top = await move(made.task, null);
      const second = await move(below, made.task.id);

      expect([top.body, second.body]).toMatchObject([{ version: 1 }, { version: 1 }]);
      expect(await boardLog(made.board.id)).toEqual(before);
      await move(below, null);
      expect(await boardLog(made.board.id)).toMatchObject({ seq: before.seq + 1 });
    });
  });
});
