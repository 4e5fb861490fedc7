import type { ApiErrorBody, BoardEvent, TaskView } from '@duban/contracts';
import type { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

/**
 * Once submitted, the submission stays as the verifier sees it until it is returned; once closed, the task
 * is the record of verified work: read-only but for comments, until a supervisor reopens it with a reason.
 */
describe('Frozen submissions and closed tasks', () => {
  const suite = useTestApp();

  /** A task its lead department has signed for, started and submitted with its result and evidence. */
  async function submittedTask() {
    const lead = await suite.factory.department();
    const board = await suite.factory.board();
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', lead.id);
    const created = await suite.factory.task(board.id, { leadDepartmentId: lead.id }, supervisor);
    await member.post(`/api/tasks/${created.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${created.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    await member
      .patch(`/api/tasks/${created.id}`, {
        progress: 90,
        evidenceLinks: ['https://example.org/site-photos'],
        version: 3,
      })
      .expect(200);
    const task = (
      await member
        .post(`/api/tasks/${created.id}/submit`, { result: 'All 12 enterprises relocated', version: 4 })
        .expect(200)
    ).body as TaskView;
    return { lead, board, supervisor, member, task };
  }

  async function closedTask() {
    const setup = await submittedTask();
    const task = (
      await setup.supervisor
        .post(`/api/tasks/${setup.task.id}/verify`, { note: 'Checked on site', version: setup.task.version })
        .expect(200)
    ).body as TaskView;
    return { ...setup, task };
  }

  async function boardSeq(boardId: string): Promise<number> {
    return ((await suite.admin.get(`/api/boards/${boardId}`).expect(200)).body as { seq: number }).seq;
  }

  /** The 403 names the refused field in its details. */
  async function expectFrozen(by: ApiClient, task: TaskView, body: object, field: string, why: RegExp) {
    const response = await by.patch(`/api/tasks/${task.id}`, { ...body, version: task.version }).expect(403);
    const error = response.body as ApiErrorBody;
    expect(error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(why) });
    expect(error.details).toEqual([{ field, message: expect.stringMatching(why) }]);
  }

  describe('awaiting verification', () => {
    it('freezes the result, the evidence links and the progress for the member and the supervisor alike', async () => {
      const { board, supervisor, member, task } = await submittedTask();
      const seq = await boardSeq(board.id);

      for (const by of [member, supervisor]) {
        await expectFrozen(by, task, { result: 'Only 10 relocated' }, 'result', /submission is frozen/);
        await expectFrozen(by, task, { evidenceLinks: [] }, 'evidenceLinks', /submission is frozen/);
        await expectFrozen(by, task, { progress: 40 }, 'progress', /submission is frozen/);
      }

      expect(await boardSeq(board.id)).toBe(seq);
      expect((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body).toMatchObject({
        result: 'All 12 enterprises relocated',
        evidenceLinks: ['https://example.org/site-photos'],
        progress: 90,
        version: task.version,
      });
    });

    it('records a progress report beside the submission without moving its progress', async () => {
      const { member, task } = await submittedTask();

      await member.post(`/api/tasks/${task.id}/reports`, { text: 'Site cleared', progress: 100 }).expect(201);

      expect((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body).toMatchObject({
        progress: 90,
        version: task.version,
      });
    });

    it('still lets the labels change, which are not part of the submission', async () => {
      const { member, task } = await submittedTask();

      await member
        .patch(`/api/tasks/${task.id}`, { labels: ['relocation'], version: task.version })
        .expect(200);
    });

    it('is left only by a verifier: the department cannot take its submission back by moving it', async () => {
      const { member, supervisor, task } = await submittedTask();

      const moved = await member
        .post(`/api/tasks/${task.id}/move`, {
          status: 'in_progress',
          afterTaskId: null,
          version: task.version,
        })
        .expect(403);
      expect((moved.body as ApiErrorBody).message).toMatch(/only when a verifier returns it/);
      await supervisor
        .post(`/api/tasks/${task.id}/return`, {
          reason: 'Photos of two sites missing',
          version: task.version,
        })
        .expect(200);

      const edited = await member
        .patch(`/api/tasks/${task.id}`, {
          result: 'All 12 relocated; photos added',
          version: task.version + 1,
        })
        .expect(200);
      expect(edited.body).toMatchObject({ status: 'in_progress', result: 'All 12 relocated; photos added' });
    });
  });

  describe('closed', () => {
    it('refuses every field, to members and supervisors, saying a supervisor can reopen it', async () => {
      const { board, supervisor, member, task } = await closedTask();
      const seq = await boardSeq(board.id);

      await expectFrozen(member, task, { result: 'Rewritten' }, 'result', /Closed tasks are read-only/);
      await expectFrozen(member, task, { evidenceLinks: [] }, 'evidenceLinks', /a supervisor can reopen/);
      await expectFrozen(member, task, { progress: 50 }, 'progress', /Closed tasks are read-only/);
      await expectFrozen(supervisor, task, { title: 'Renamed' }, 'title', /Closed tasks are read-only/);
      await expectFrozen(suite.admin, task, { status: 'todo' }, 'status', /Closed tasks are read-only/);

      expect(await boardSeq(board.id)).toBe(seq);
    });

    it('cannot be moved out of Done, deleted, reported on or reminded about', async () => {
      const { supervisor, member, task } = await closedTask();
      const path = `/api/tasks/${task.id}`;

      await supervisor
        .post(`${path}/move`, { status: 'in_progress', afterTaskId: null, version: task.version })
        .expect(403);
      const deleted = await supervisor.delete(`${path}?version=${task.version}`).expect(403);
      expect((deleted.body as ApiErrorBody).message).toMatch(/record of verified work/);
      await member.post(`${path}/reports`, { text: 'More done', progress: 100 }).expect(403);
      await supervisor.post(`${path}/reminders`, { message: 'Hurry' }).expect(403);
      expect((await suite.admin.get(path).expect(200)).body).toMatchObject({ status: 'done' });
    });

    it('takes comments', async () => {
      const { member, task } = await closedTask();

      await member.post(`/api/tasks/${task.id}/comments`, { body: 'Thanks for checking' }).expect(201);
    });
  });

  describe('reopening', () => {
    it('takes a closed task back to In progress with the reason, as its own event in the history', async () => {
      const { supervisor, member, task } = await closedTask();
      const reason = 'Residents report one enterprise still operating';

      const reopened = await supervisor
        .post(`/api/tasks/${task.id}/reopen`, { reason, version: task.version })
        .expect(200);

      expect(reopened.body).toMatchObject({
        status: 'in_progress',
        reopenReason: reason,
        verifiedAt: null,
        verifiedById: null,
        submittedAt: null,
        version: task.version + 1,
      });
      const history = (await member.get(`/api/tasks/${task.id}/history`).expect(200)).body as BoardEvent[];
      expect(history.at(-1)).toMatchObject({
        type: 'task.reopened',
        actorId: supervisor.user.id,
        data: { reopenReason: reason },
        changes: expect.arrayContaining([
          { record: 'task', field: 'status', before: 'done', after: 'in_progress' },
          { record: 'task', field: 'reopenReason', before: '', after: reason },
        ]),
      });
      await member
        .patch(`/api/tasks/${task.id}`, {
          result: 'All 12 relocated, the last one checked',
          version: task.version + 1,
        })
        .expect(200);
    });

    it('is for supervisors and administrators only, of closed tasks, with a reason', async () => {
      const { member, supervisor, task } = await closedTask();
      const leader = await suite.factory.user('leader');

      for (const by of [member, leader]) {
        const refused = await by
          .post(`/api/tasks/${task.id}/reopen`, { reason: 'Not finished', version: task.version })
          .expect(403);
        expect((refused.body as ApiErrorBody).message).toMatch(/Only a supervisor or an administrator/);
      }
      const blank = await supervisor
        .post(`/api/tasks/${task.id}/reopen`, { reason: ' ', version: task.version })
        .expect(400);
      expect((blank.body as ApiErrorBody).details?.[0]?.field).toBe('reason');
      const open = await submittedTask();
      const notClosed = await open.supervisor
        .post(`/api/tasks/${open.task.id}/reopen`, { reason: 'Why not', version: open.task.version })
        .expect(403);
      expect((notClosed.body as ApiErrorBody).message).toMatch(/Only a closed task/);
    });

    it('closes again only through submission and independent verification', async () => {
      const { lead, supervisor, member, task } = await closedTask();
      await suite.admin
        .post(`/api/tasks/${task.id}/reopen`, {
          reason: 'Evidence was for the wrong site',
          version: task.version,
        })
        .expect(200);
      const submitted = await member
        .post(`/api/tasks/${task.id}/submit`, { result: 'Right site, new photos', version: task.version + 1 })
        .expect(200);
      const version = (submitted.body as TaskView).version;

      const insider = await suite.factory.user('supervisor', lead.id);
      const own = await insider.post(`/api/tasks/${task.id}/verify`, { note: 'ok', version }).expect(403);
      expect((own.body as ApiErrorBody).message).toMatch(/cannot verify its own task/);
      await supervisor.post(`/api/tasks/${task.id}/verify`, { note: 'Checked again', version }).expect(200);
    });
  });
});
