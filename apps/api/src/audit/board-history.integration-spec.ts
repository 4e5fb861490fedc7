import type {
  ApiErrorBody,
  BoardEvent,
  BoardHistoryPage,
  BoardView,
  DepartmentView,
  FieldChange,
  NotificationList,
  TaskView,
} from '@duban/contracts';
import { parse } from 'csv-parse/sync';
import { Clock } from '../common/clock';
import { SchedulerService } from '../scheduler/scheduler.service';
import { ApiClient } from '../testing/api-client';
import { tamperWith } from '../testing/tamper';
import { useTestApp } from '../testing/use-test-app';

/** 留痕: every event carries its actor, time and field-level before/after, and the board's log can be searched. */
describe('Board history: GET /api/boards/:boardId/history and field-level changes', () => {
  const suite = useTestApp();

  afterEach(() => jest.restoreAllMocks());

  async function history(
    boardId: string,
    query = '',
    by: ApiClient = suite.admin,
  ): Promise<BoardHistoryPage> {
    return (await by.get(`/api/boards/${boardId}/history${query}`).expect(200)).body as BoardHistoryPage;
  }

  const change = (field: string, before: unknown, after: unknown, record = 'task'): FieldChange =>
    ({ record, field, before, after }) as FieldChange;

  /** A board with a lead department, a supervisor, a member of that department, and one assigned task. */
  async function supervisedTask(): Promise<{
    board: BoardView;
    lead: DepartmentView;
    supervisor: ApiClient;
    member: ApiClient;
    task: TaskView;
  }> {
    const lead = await suite.factory.department();
    const board = await suite.factory.board();
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', lead.id);
    const task = await suite.factory.task(
      board.id,
      { leadDepartmentId: lead.id, deadline: '2031-06-30', progress: 10 },
      supervisor,
    );
    return { board, lead, supervisor, member, task };
  }

  describe('what each event records', () => {
    it('records only the fields an edit changed, with their values before and after', async () => {
      const { board, task, supervisor } = await supervisedTask();
      const other = await suite.factory.department();

      await supervisor
        .patch(`/api/tasks/${task.id}`, {
          deadline: '2031-07-15',
          leadDepartmentId: other.id,
          title: task.title,
          version: 1,
        })
        .expect(200);

      const [updated] = (await history(board.id)).events;
      expect(updated).toMatchObject({ type: 'task.updated', actorId: supervisor.user.id });
      expect(updated!.changes).toEqual([
        change('leadDepartmentId', task.leadDepartmentId, other.id),
        change('deadline', '2031-06-30', '2031-07-15'),
        // Handing the task to another department is a new assignment (交办): it must be signed for again.
        change('assignedAt', task.assignedAt, expect.any(String)),
      ]);
    });

    it('records what a created task holds, leaving its empty fields out', async () => {
      const { board, task, lead } = await supervisedTask();

      const [created] = (await history(board.id)).events;

      expect(created!.type).toBe('task.created');
      const fields = created!.changes.map((entry) => entry.field);
      expect(fields).toEqual(expect.arrayContaining(['title', 'status', 'leadDepartmentId', 'deadline']));
      expect(fields).not.toContain('description');
      expect(created!.changes).toContainEqual(change('leadDepartmentId', null, lead.id));
      expect(created!.changes).toContainEqual(change('title', null, task.title));
    });

    it('keeps a deleted task’s fields in its event, so the log still says what was deleted', async () => {
      const { board, task, supervisor } = await supervisedTask();

      await supervisor.delete(`/api/tasks/${task.id}?version=1`).expect(204);

      const [deleted] = (await history(board.id)).events;
      expect(deleted).toMatchObject({ type: 'task.deleted', data: { id: task.id } });
      expect(deleted!.changes).toContainEqual(change('title', task.title, null));
      expect(deleted!.changes).toContainEqual(change('deadline', '2031-06-30', null));
    });

    it('records each workflow step as the fields it set: sign-off, submission, verification', async () => {
      const { board, task, member, supervisor } = await supervisedTask();

      await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
      await member.patch(`/api/tasks/${task.id}`, { status: 'in_progress', version: 2 }).expect(200);
      await member.post(`/api/tasks/${task.id}/submit`, { result: 'River cleaned', version: 3 }).expect(200);
      await supervisor
        .post(`/api/tasks/${task.id}/verify`, { note: 'Checked on site', version: 4 })
        .expect(200);

      const [verified, submitted, , acknowledged] = (await history(board.id)).events;
      expect(acknowledged!.changes).toEqual([
        change('acknowledgedAt', null, expect.any(String)),
        change('acknowledgedById', null, member.user.id),
      ]);
      expect(submitted!.changes).toEqual(
        expect.arrayContaining([
          change('status', 'in_progress', 'in_review'),
          change('result', '', 'River cleaned'),
        ]),
      );
      expect(verified).toMatchObject({ type: 'task.verified', actorId: supervisor.user.id });
      expect(verified!.changes).toEqual(
        expect.arrayContaining([
          change('status', 'in_review', 'done'),
          change('progress', 10, 100),
          change('verificationNote', '', 'Checked on site'),
          change('verifiedById', null, supervisor.user.id),
        ]),
      );
    });

    it('records a report’s fields and the task progress it moved', async () => {
      const { board, task, member } = await supervisedTask();

      await member
        .post(`/api/tasks/${task.id}/reports`, { text: 'Half the river done', progress: 50 })
        .expect(201);

      const [reported] = (await history(board.id)).events;
      expect(reported!.changes).toEqual([
        change('departmentId', null, member.user.departmentId, 'report'),
        change('text', null, 'Half the river done', 'report'),
        change('progress', null, 50, 'report'),
        change('progress', 10, 50, 'task'),
      ]);
    });

    it('records a comment’s text before and after an edit, and what a deletion removed', async () => {
      const { board, task, member } = await supervisedTask();
      const created = await member
        .post(`/api/tasks/${task.id}/comments`, { body: 'First draft' })
        .expect(201);
      const commentId = (created.body as { id: string }).id;

      await member.patch(`/api/comments/${commentId}`, { body: 'Second draft' }).expect(200);
      await member.delete(`/api/comments/${commentId}`).expect(204);

      const [deleted, edited, posted] = (await history(board.id)).events;
      expect(posted!.changes).toEqual([change('body', null, 'First draft', 'comment')]);
      expect(edited!.changes).toEqual([change('body', 'First draft', 'Second draft', 'comment')]);
      expect(deleted!.changes).toEqual([change('body', 'Second draft', null, 'comment')]);
    });

    it('records a reorder within a column as a move that changed no field', async () => {
      const { board, task, supervisor } = await supervisedTask();
      const second = await suite.factory.task(board.id, {}, supervisor);

      await supervisor
        .post(`/api/tasks/${task.id}/move`, { status: 'todo', afterTaskId: second.id, version: 1 })
        .expect(200);

      const [moved] = (await history(board.id)).events;
      expect(moved).toMatchObject({ type: 'task.moved', changes: [] });
    });

    it('records the scheduler’s light changes with no actor: nobody did them', async () => {
      const { board, task } = await supervisedTask();
      const clock = suite.testApp.app.get(Clock);
      jest.spyOn(clock, 'today').mockReturnValue('2031-07-01');
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2031-07-01T09:00:00'));

      await suite.testApp.app.get(SchedulerService).tick();

      const system = await history(board.id, '?actorId=system');
      const lightChanged = system.events.find((event) => event.type === 'task.light_changed');
      expect(lightChanged).toMatchObject({ actorId: null, data: { id: task.id, light: 'red' } });
      expect(lightChanged!.changes).toEqual([change('light', 'green', 'red')]);
      // The automatic reminder that the overdue task set off is the system's too.
      const reminder = system.events.find((event) => event.type === 'reminder.sent');
      expect(reminder).toMatchObject({ actorId: null, data: { fromUserId: null, deadline: '2031-06-30' } });
      expect(system.events.every((event) => event.actorId === null)).toBe(true);
    });
  });

  describe('filters and paging', () => {
    /**
     * The administrator creates the board (seq 1); two tasks; the supervisor edits one, the member comments
     * on the other and signs for the first. Seqs 1–6.
     */
    async function busyBoard() {
      const setup = await supervisedTask();
      const { board, task, supervisor, member, lead } = setup;
      const other = await suite.factory.task(board.id, { leadDepartmentId: lead.id }, supervisor);
      await supervisor.patch(`/api/tasks/${task.id}`, { progress: 20, version: 1 }).expect(200);
      await member.post(`/api/tasks/${other.id}/comments`, { body: 'On it' }).expect(201);
      await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
      return { ...setup, other };
    }

    const seqs = (page: BoardHistoryPage) => page.events.map((event: BoardEvent) => event.seq);

    it('answers newest first and pages back with nextBefore until the first event', async () => {
      const { board } = await busyBoard();

      const first = await history(board.id, '?limit=2');
      const second = await history(board.id, `?limit=2&before=${first.nextBefore}`);
      const last = await history(board.id, `?limit=2&before=${second.nextBefore}`);

      expect([seqs(first), seqs(second), seqs(last)]).toEqual([
        [6, 5],
        [4, 3],
        [2, 1],
      ]);
      expect([first.nextBefore, second.nextBefore, last.nextBefore]).toEqual([5, 3, null]);
    });

    it('filters by actor, by kind of event and by task, together', async () => {
      const { board, task, other, member, supervisor } = await busyBoard();

      expect(seqs(await history(board.id, `?actorId=${member.user.id}`))).toEqual([6, 5]);
      expect(seqs(await history(board.id, `?actorId=${supervisor.user.id}`))).toEqual([4, 3, 2]);
      expect(seqs(await history(board.id, '?types=task.created,comment.created'))).toEqual([5, 3, 2]);
      expect(seqs(await history(board.id, '?types=board.created'))).toEqual([1]);
      expect(seqs(await history(board.id, `?taskId=${other.id}`))).toEqual([5, 3]);
      expect(seqs(await history(board.id, `?taskId=${task.id}&actorId=${member.user.id}`))).toEqual([6]);
    });

    it('filters by time, from inclusive to exclusive', async () => {
      const { board } = await busyBoard();
      const all = (await history(board.id)).events;
      const third = all.find((event) => event.seq === 3)!;

      const from = await history(board.id, `?from=${encodeURIComponent(third.at)}`);
      const to = await history(board.id, `?to=${encodeURIComponent(third.at)}`);

      expect(seqs(from)).toEqual(all.filter((event) => event.at >= third.at).map((event) => event.seq));
      expect(seqs(to)).toEqual(all.filter((event) => event.at < third.at).map((event) => event.seq));
      const later = new Date(Date.parse(all[0]!.at) + 60_000).toISOString();
      expect((await history(board.id, `?from=${encodeURIComponent(later)}`)).events).toEqual([]);
    });

    it.each([
      ['types', '?types=task.exploded'],
      ['actorId', '?actorId=someone'],
      ['taskId', '?taskId=42'],
      ['from', '?from=yesterday'],
      ['to', '?from=2031-01-02T00:00:00Z&to=2031-01-01T00:00:00Z'],
      ['limit', '?limit=1000'],
      ['before', '?before=0'],
    ])('refuses a bad %s with a 400 naming it', async (field, query) => {
      const board = await suite.factory.board();

      const response = await suite.admin.get(`/api/boards/${board.id}/history${query}`).expect(400);

      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
    });

    it('answers 404 to someone who may not see the board', async () => {
      const inside = await suite.factory.department();
      const outside = await suite.factory.department();
      const board = await suite.factory.board({ departmentIds: [inside.id] });
      const outsider = await suite.factory.user('member', outside.id);

      await outsider.get(`/api/boards/${board.id}/history`).expect(404);
    });
  });

  describe('export as CSV', () => {
    it('writes every matching event oldest first, a row per changed field, with names for ids', async () => {
      const { board, task, supervisor, member, lead } = await supervisedTask();
      const other = await suite.factory.department('生态环境局');
      await supervisor
        .patch(`/api/tasks/${task.id}`, { leadDepartmentId: other.id, deadline: '2031-07-15', version: 1 })
        .expect(200);
      await member.post(`/api/tasks/${task.id}/comments`, { body: '整改方案已上报, "见附件"' }).expect(201);

      const response = await supervisor
        .get(`/api/boards/${board.id}/history/export?types=task.updated,comment.created`)
        .expect(200)
        .expect('Content-Type', /text\/csv; charset=utf-8/)
        .expect('Content-Disposition', /attachment; filename="board-history.csv"/);

      expect(response.text.startsWith('\uFEFF')).toBe(true);
      const rows = parse(response.text.slice(1));
      expect(rows[0]).toEqual([
        'Seq 序号',
        'Time 时间',
        'Actor 操作人',
        'Event 事件',
        'Task ID 事项编号',
        'Task 督办事项',
        'Record 对象',
        'Field 字段',
        'Before 修改前',
        'After 修改后',
      ]);
      const [, leadRow, deadlineRow, assignedRow, commentRow] = rows;
      expect(rows).toHaveLength(5);
      expect(leadRow).toEqual([
        '3',
        expect.any(String),
        supervisor.user.displayName,
        'task.updated',
        task.id,
        task.title,
        'task',
        'leadDepartmentId',
        lead.name,
        '生态环境局',
      ]);
      expect(deadlineRow!.slice(7)).toEqual(['deadline', '2031-06-30', '2031-07-15']);
      expect(assignedRow![7]).toBe('assignedAt');
      expect(commentRow!.slice(2, 4)).toEqual([member.user.displayName, 'comment.created']);
      expect(commentRow!.slice(7)).toEqual(['body', '', '整改方案已上报, "见附件"']);
    });

    it('names a deleted task from the log, and the system as the actor of light changes', async () => {
      const { board, task, supervisor } = await supervisedTask();
      await supervisor.delete(`/api/tasks/${task.id}?version=1`).expect(204);

      const response = await supervisor
        .get(`/api/boards/${board.id}/history/export?taskId=${task.id}`)
        .expect(200);

      const rows = parse(response.text.slice(1)).slice(1);
      expect(new Set(rows.map((row) => row[5]))).toEqual(new Set([task.title]));
      expect(rows.at(-1)!.slice(3, 4)).toEqual(['task.deleted']);
    });

    it('refuses bad filters naming them, and hides boards the user may not see', async () => {
      const inside = await suite.factory.department();
      const board = await suite.factory.board({ departmentIds: [inside.id] });
      const outsider = await suite.factory.user('member', (await suite.factory.department()).id);

      const bad = await suite.admin.get(`/api/boards/${board.id}/history/export?limit=5`).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
      expect((bad.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['limit']);
      await outsider.get(`/api/boards/${board.id}/history/export`).expect(404);
    });
  });

  describe('tamper evidence covers the changes', () => {
    it('fails verification when a before value is rewritten in the database', async () => {
      const { board, task, supervisor } = await supervisedTask();
      await supervisor.patch(`/api/tasks/${task.id}`, { deadline: '2031-09-30', version: 1 }).expect(200);

      await tamperWith(
        suite.testApp.dataSource,
        `UPDATE board_events SET changes = jsonb_set(changes, '{0,before}', '"2031-12-31"') WHERE "boardId" = $1 AND seq = 2`,
        [board.id],
      );

      const verification = await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200);
      expect(verification.body).toEqual({
        ok: false,
        checked: 1,
        firstBrokenSeq: 2,
        headHash: expect.any(String),
        files: { checked: 0, mismatched: [] },
      });
    });
  });

  describe('mentions added by editing a comment', () => {
    it('notifies the users the edit newly mentions, and nobody twice', async () => {
      const { task, member, lead } = await supervisedTask();
      const first = await suite.factory.user('member', lead.id);
      const second = await suite.factory.user('member', lead.id);
      const created = await member
        .post(`/api/tasks/${task.id}/comments`, { body: `Please check, @${first.user.username}` })
        .expect(201);

      await member
        .patch(`/api/comments/${(created.body as { id: string }).id}`, {
          body: `Please check, @${first.user.username} and @${second.user.username}`,
        })
        .expect(200);

      const inbox = async (client: ApiClient) =>
        ((await client.get('/api/notifications').expect(200)).body as NotificationList).items;
      expect((await inbox(first)).map((item) => item.kind)).toEqual(['mention']);
      expect(await inbox(second)).toEqual([
        expect.objectContaining({ kind: 'mention', taskId: task.id, actorId: member.user.id }),
      ]);
    });
  });
});
