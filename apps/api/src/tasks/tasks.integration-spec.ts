import type { ApiErrorBody, TaskView } from '@duban/contracts';
import { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

describe('Tasks API', () => {
  const suite = useTestApp();

  describe('POST /api/boards/:boardId/tasks', () => {
    it('creates a task in Not started with the given assignment and returns it', async () => {
      const lead = await suite.factory.department();
      const cooperating = await suite.factory.department();
      const board = await suite.factory.board();

      const response = await suite.admin
        .post(`/api/boards/${board.id}/tasks`, {
          title: 'Relocate industrial enterprises out of the central city',
          leadDepartmentId: lead.id,
          cooperatingDepartmentIds: [cooperating.id],
          deadline: '2021-12-31',
          labels: ['industry'],
        })
        .expect(201);

      const task = response.body as TaskView;
      expect(task).toMatchObject({
        boardId: board.id,
        status: 'todo',
        kind: 'task',
        version: 1,
        progress: 0,
        leadDepartmentId: lead.id,
        cooperatingDepartmentIds: [cooperating.id],
        deadline: '2021-12-31',
        labels: ['industry'],
        commentCount: 0,
        createdById: suite.admin.user.id,
      });
      const snapshot = await suite.admin.get(`/api/boards/${board.id}`).expect(200);
      expect(snapshot.body.tasks).toEqual([task]);
      // The board's own creation is seq 1; the task's is the next change.
      expect(snapshot.body.seq).toBe(2);
    });

    it('rejects bad input with 400 naming each field', async () => {
      const board = await suite.factory.board();
      const response = await suite.admin
        .post(`/api/boards/${board.id}/tasks`, {
          title: '',
          deadline: '2021-02-30',
          progress: 101,
          leadDepartmentId: 'not-a-uuid',
          color: 'red',
        })
        .expect(400);
      const fields = (response.body as ApiErrorBody).details?.map((detail) => detail.field);
      expect(fields).toEqual(
        expect.arrayContaining(['title', 'deadline', 'progress', 'leadDepartmentId', 'color']),
      );
    });

    it('accepts deadlines from 2000-01-01 to 2099-12-31 only, in creation and in edits, naming the field', async () => {
      const board = await suite.factory.board();
      const outOfRange = ['0000-01-01', '1999-12-31', '2100-01-01', '9999-12-31'];
      const refusal = [{ field: 'deadline', message: 'must be a date from 2000-01-01 to 2099-12-31' }];
      for (const deadline of outOfRange) {
        const created = await suite.admin
          .post(`/api/boards/${board.id}/tasks`, { title: 'Someday', deadline })
          .expect(400);
        expect((created.body as ApiErrorBody).details).toEqual(refusal);
      }

      const first = await suite.factory.task(board.id, { deadline: '2000-01-01' });
      const last = await suite.factory.task(board.id, { deadline: '2099-12-31' });
      expect([first.deadline, last.deadline]).toEqual(['2000-01-01', '2099-12-31']);
      for (const deadline of outOfRange) {
        const edited = await suite.admin
          .patch(`/api/tasks/${first.id}`, { deadline, version: first.version })
          .expect(400);
        expect((edited.body as ApiErrorBody).details).toEqual(refusal);
      }
      // Nothing was changed by the refused edits.
      const snapshot = await suite.admin.get(`/api/boards/${board.id}`).expect(200);
      const stored = (snapshot.body as { tasks: TaskView[] }).tasks.find((task) => task.id === first.id);
      expect(stored).toMatchObject({ deadline: '2000-01-01', version: first.version });
    });

    it('rejects a lead department that does not exist with 400 naming it', async () => {
      const board = await suite.factory.board();
      const response = await suite.admin
        .post(`/api/boards/${board.id}/tasks`, {
          title: 'x',
          leadDepartmentId: '00000000-0000-4000-8000-000000000000',
        })
        .expect(400);
      expect((response.body as ApiErrorBody).details).toEqual([
        { field: 'leadDepartmentId', message: 'no such department' },
      ]);
    });

    it('lets only supervisors and admins create tasks', async () => {
      const department = await suite.factory.department();
      const board = await suite.factory.board();
      const member = await suite.factory.user('member', department.id);
      const leader = await suite.factory.user('leader');
      const supervisor = await suite.factory.user('supervisor');

      await member.post(`/api/boards/${board.id}/tasks`, { title: 'x' }).expect(403);
      await leader.post(`/api/boards/${board.id}/tasks`, { title: 'x' }).expect(403);
      await supervisor.post(`/api/boards/${board.id}/tasks`, { title: 'x' }).expect(201);
    });

    it('answers 404 for an unknown board and 401 without a token', async () => {
      await suite.admin
        .post('/api/boards/00000000-0000-4000-8000-000000000000/tasks', { title: 'x' })
        .expect(404);
      const board = await suite.factory.board();
      const anonymous = new ApiClient(suite.testApp.url, 'not-a-token', suite.admin.user);
      await anonymous.post(`/api/boards/${board.id}/tasks`, { title: 'x' }).expect(401);
    });
  });

  describe('PATCH /api/tasks/:taskId', () => {
    it('updates fields and bumps the version', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);

      const response = await suite.admin
        .patch(`/api/tasks/${task.id}`, { progress: 40, version: 1 })
        .expect(200);

      expect(response.body).toMatchObject({ id: task.id, progress: 40, version: 2 });
    });

    it('keeps the version and records nothing when the values are the ones the task has', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id, { title: 'Relocate the chemical plants' });

      const same = await suite.admin
        .patch(`/api/tasks/${task.id}`, { title: 'Relocate the chemical plants', progress: 0, version: 1 })
        .expect(200);
      // Someone editing from version 1 meanwhile is not refused because of it.
      await suite.admin.patch(`/api/tasks/${task.id}`, { progress: 30, version: 1 }).expect(200);

      expect(same.body).toMatchObject({ title: 'Relocate the chemical plants', version: 1 });
      const { events } = (await suite.admin.get(`/api/boards/${board.id}/events`).expect(200)).body as {
        events: { seq: number; type: string }[];
      };
      expect(events.map(({ seq, type }) => [seq, type])).toEqual([
        [1, 'board.created'],
        [2, 'task.created'],
        [3, 'task.updated'],
      ]);
    });

    it('refuses a stale version with 409 and the current task', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      await suite.admin.patch(`/api/tasks/${task.id}`, { title: 'First edit', version: 1 }).expect(200);

      const response = await suite.admin
        .patch(`/api/tasks/${task.id}`, { title: 'Second edit', version: 1 })
        .expect(409);

      const body = response.body as ApiErrorBody;
      expect(body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'version_conflict' });
      expect(body.current).toMatchObject({ id: task.id, title: 'First edit', version: 2 });
    });

    it('lets exactly one of 20 parallel edits of the same version win', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          suite.admin.patch(`/api/tasks/${task.id}`, { title: `Edit ${index}`, version: 1 }),
        ),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(19);
      const after = await suite.admin.get(`/api/tasks/${task.id}`).expect(200);
      expect(after.body.version).toBe(2);
      const events = await suite.admin.get(`/api/boards/${board.id}/events?after=0`).expect(200);
      expect(events.body.events.map((event: { type: string }) => event.type)).toEqual([
        'board.created',
        'task.created',
        'task.updated',
      ]);
    });

    it('lets a member edit tasks of their department but not reassign them', async () => {
      const department = await suite.factory.department();
      const other = await suite.factory.department();
      const board = await suite.factory.board();
      const member = await suite.factory.user('member', department.id);
      const ownTask = await suite.factory.task(board.id, { leadDepartmentId: department.id });
      const cooperatingTask = await suite.factory.task(board.id, {
        leadDepartmentId: other.id,
        cooperatingDepartmentIds: [department.id],
      });
      const foreignTask = await suite.factory.task(board.id, { leadDepartmentId: other.id });

      await member.patch(`/api/tasks/${ownTask.id}`, { progress: 30, version: 1 }).expect(200);
      await member.patch(`/api/tasks/${cooperatingTask.id}`, { progress: 10, version: 1 }).expect(200);
      const foreign = await member
        .patch(`/api/tasks/${foreignTask.id}`, { progress: 30, version: 1 })
        .expect(403);
      expect((foreign.body as ApiErrorBody).message).toMatch(/lead or cooperating departments/);
      const reassign = await member
        .patch(`/api/tasks/${ownTask.id}`, { deadline: '2030-01-01', version: 2 })
        .expect(403);
      expect((reassign.body as ApiErrorBody).details).toEqual([
        { field: 'deadline', message: 'only supervisors change this' },
      ]);
    });

    it('does not let a leader edit', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      const leader = await suite.factory.user('leader');
      await leader.patch(`/api/tasks/${task.id}`, { progress: 10, version: 1 }).expect(403);
    });

    it('answers 404 for an unknown task and 400 for a malformed id or missing version', async () => {
      await suite.admin.patch('/api/tasks/00000000-0000-4000-8000-000000000000', { version: 1 }).expect(404);
      const malformed = await suite.admin.patch('/api/tasks/123', { version: 1 }).expect(400);
      expect((malformed.body as ApiErrorBody).details).toEqual([
        { field: 'taskId', message: 'must be a UUID' },
      ]);
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      const missing = await suite.admin.patch(`/api/tasks/${task.id}`, { title: 'x' }).expect(400);
      expect((missing.body as ApiErrorBody).details?.[0]?.field).toBe('version');
    });
  });

  describe('POST /api/tasks/:taskId/move', () => {
    it('places the task after the given card, and at the top for null', async () => {
      const board = await suite.factory.board();
      const first = await suite.factory.task(board.id, { title: 'first' });
      const second = await suite.factory.task(board.id, { title: 'second' });
      const third = await suite.factory.task(board.id, { title: 'third' });

      await suite.admin
        .post(`/api/tasks/${third.id}/move`, { status: 'todo', afterTaskId: first.id, version: 1 })
        .expect(200);
      expect(await columnTitles(board.id, 'todo')).toEqual(['first', 'third', 'second']);

      await suite.admin
        .post(`/api/tasks/${second.id}/move`, { status: 'todo', afterTaskId: null, version: 1 })
        .expect(200);
      expect(await columnTitles(board.id, 'todo')).toEqual(['second', 'first', 'third']);

      const moved = await suite.admin
        .post(`/api/tasks/${first.id}/move`, { status: 'in_progress', afterTaskId: null, version: 1 })
        .expect(200);
      expect(moved.body).toMatchObject({ status: 'in_progress', version: 2 });
      expect(await columnTitles(board.id, 'todo')).toEqual(['second', 'third']);
      expect(await columnTitles(board.id, 'in_progress')).toEqual(['first']);
    });

    it('gives distinct order keys to concurrent moves after the same card', async () => {
      const board = await suite.factory.board();
      const anchor = await suite.factory.task(board.id, { title: 'anchor' });
      const movers = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          suite.factory.task(board.id, { title: `mover ${index}`, status: 'in_progress' }),
        ),
      );

      const responses = await Promise.all(
        movers.map((task) =>
          suite.admin.post(`/api/tasks/${task.id}/move`, {
            status: 'todo',
            afterTaskId: anchor.id,
            version: 1,
          }),
        ),
      );

      expect(responses.map((response) => response.status)).toEqual(movers.map(() => 200));
      const positions = responses.map((response) => (response.body as TaskView).position);
      expect(new Set(positions).size).toBe(positions.length);
      expect((await columnTitles(board.id, 'todo'))[0]).toBe('anchor');
    });

    it('rejects an afterTaskId that is not in the target column', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      const other = await suite.factory.task(board.id);
      const response = await suite.admin
        .post(`/api/tasks/${task.id}/move`, { status: 'done', afterTaskId: other.id, version: 1 })
        .expect(400);
      expect((response.body as ApiErrorBody).details?.[0]?.field).toBe('afterTaskId');
    });

    it('answers 404 for an unknown task', async () => {
      await suite.admin
        .post('/api/tasks/00000000-0000-4000-8000-000000000000/move', {
          status: 'done',
          afterTaskId: null,
          version: 1,
        })
        .expect(404);
    });

    it('refuses a stale version and a member outside the task', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      await suite.admin.post(`/api/tasks/${task.id}/move`, {
        status: 'in_progress',
        afterTaskId: null,
        version: 1,
      });
      await suite.admin
        .post(`/api/tasks/${task.id}/move`, { status: 'todo', afterTaskId: null, version: 1 })
        .expect(409);
      const member = await suite.factory.user('member', (await suite.factory.department()).id);
      await member
        .post(`/api/tasks/${task.id}/move`, { status: 'todo', afterTaskId: null, version: 2 })
        .expect(403);
    });
  });

  describe('GET /api/tasks/:taskId/history', () => {
    it("lists the task's own changes and comments, not its neighbours'", async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);
      const neighbour = await suite.factory.task(board.id);
      await suite.admin.patch(`/api/tasks/${task.id}`, { progress: 10, version: 1 }).expect(200);
      await suite.admin.patch(`/api/tasks/${neighbour.id}`, { progress: 90, version: 1 }).expect(200);
      await suite.admin.post(`/api/tasks/${task.id}/comments`, { body: 'On it' }).expect(201);
      await suite.admin.post(`/api/tasks/${task.id}/move`, {
        status: 'in_progress',
        afterTaskId: null,
        version: 2,
      });

      const history = await suite.admin.get(`/api/tasks/${task.id}/history`).expect(200);

      expect(history.body.map((event: { type: string }) => event.type)).toEqual([
        'task.created',
        'task.updated',
        'comment.created',
        'task.moved',
      ]);
      const member = await suite.factory.user('member', (await suite.factory.department()).id);
      await member.get(`/api/tasks/${task.id}/history`).expect(200);
      await suite.admin.get('/api/tasks/00000000-0000-4000-8000-000000000000/history').expect(404);
    });
  });

  describe('DELETE /api/tasks/:taskId', () => {
    it('deletes with the current version and records the deletion', async () => {
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id);

      await suite.admin.delete(`/api/tasks/${task.id}?version=1`).expect(204);

      await suite.admin.get(`/api/tasks/${task.id}`).expect(404);
      const events = await suite.admin.get(`/api/boards/${board.id}/events`).expect(200);
      expect(events.body.events.at(-1)).toMatchObject({ type: 'task.deleted', data: { id: task.id } });
    });

    it('answers 404 for an unknown task', async () => {
      await suite.admin.delete('/api/tasks/00000000-0000-4000-8000-000000000000?version=1').expect(404);
    });

    it('refuses a stale version, a missing version, and a member', async () => {
      const department = await suite.factory.department();
      const board = await suite.factory.board();
      const task = await suite.factory.task(board.id, { leadDepartmentId: department.id });
      const member = await suite.factory.user('member', department.id);

      await suite.admin.delete(`/api/tasks/${task.id}?version=7`).expect(409);
      const missing = await suite.admin.delete(`/api/tasks/${task.id}`).expect(400);
      expect((missing.body as ApiErrorBody).details?.[0]?.field).toBe('version');
      await member.delete(`/api/tasks/${task.id}?version=1`).expect(403);
    });
  });

  async function columnTitles(boardId: string, status: string): Promise<string[]> {
    const snapshot = await suite.admin.get(`/api/boards/${boardId}`).expect(200);
    return (snapshot.body.tasks as TaskView[])
      .filter((task) => task.status === status)
      .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0))
      .map((task) => task.title);
  }
});
