import type {
  ApiErrorBody,
  AuditVerification,
  BoardEventsPage,
  CommentView,
  InstructionList,
  NotificationList,
  NotificationView,
  StatsChangedNotice,
  TaskView,
} from '@duban/contracts';
import { Clock } from '../common/clock';
import type { ApiClient } from '../testing/api-client';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';
import { InstructionsService } from './instructions.service';

/** Leader instructions (领导批示): given by a leader, answered by a reply from the lead department. */
describe('Leader instructions', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  async function taskLedByNewDepartment(board?: { departmentIds: string[] }) {
    const lead = await suite.factory.department();
    const other = await suite.factory.department();
    const created = await suite.factory.board(board ?? {});
    const task = await suite.factory.task(created.id, { leadDepartmentId: lead.id });
    const member = await suite.factory.user('member', lead.id);
    const colleague = await suite.factory.user('member', lead.id);
    const outsider = await suite.factory.user('member', other.id);
    const leader = await suite.factory.user('leader');
    return { board: created, task, lead, member, colleague, outsider, leader };
  }

  const instruct = async (leader: ApiClient, task: TaskView, body = 'Report the figures by Friday.') =>
    (await leader.post(`/api/tasks/${task.id}/comments`, { body, kind: 'instruction' }).expect(201))
      .body as CommentView;

  const reply = async (author: ApiClient, task: TaskView, replyToId: string, body = 'Received.') =>
    (await author.post(`/api/tasks/${task.id}/comments`, { body, replyToId }).expect(201))
      .body as CommentView;

  const commentsOf = async (task: TaskView) =>
    (await suite.admin.get(`/api/tasks/${task.id}/comments`).expect(200)).body as CommentView[];

  const notificationsOf = async (client: ApiClient) =>
    ((await client.get('/api/notifications').expect(200)).body as NotificationList).items;

  const awaiting = async (client: ApiClient, query = '') =>
    ((await client.get(`/api/instructions?awaiting=true${query}`).expect(200)).body as InstructionList).items;

  it('awaits response until a member of the lead department replies; replies by others do not answer it', async () => {
    const { task, member, outsider, leader, lead } = await taskLedByNewDepartment();
    const instruction = await instruct(leader, task);
    expect(instruction).toMatchObject({ kind: 'instruction', replyToId: null, response: null });
    const given = (await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body as TaskView;
    expect(given).toMatchObject({ commentCount: 1, awaitingInstructionCount: 1, version: 1 });

    const otherReply = await reply(outsider, task, instruction.id, 'Not ours, but noted.');
    const leaderReply = await reply(leader, task, instruction.id, 'Any news?');
    expect(otherReply).toMatchObject({ kind: 'comment', replyToId: instruction.id });
    expect((await commentsOf(task)).find((comment) => comment.id === instruction.id)?.response).toBeNull();
    expect((await awaiting(leader)).map((item) => item.id)).toContain(instruction.id);

    const answer = await reply(member, task, instruction.id, 'Received: figures on Friday.');
    const comments = await commentsOf(task);
    expect(comments.map((comment) => comment.id)).toEqual([
      instruction.id,
      otherReply.id,
      leaderReply.id,
      answer.id,
    ]);
    expect(comments[0]!.response).toEqual({
      commentId: answer.id,
      authorId: member.user.id,
      at: answer.createdAt,
    });
    const answered = (await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body as TaskView;
    expect(answered).toMatchObject({ commentCount: 4, awaitingInstructionCount: 0 });
    expect((await awaiting(leader)).map((item) => item.id)).not.toContain(instruction.id);

    const all = (
      (await leader.get(`/api/instructions?boardId=${task.boardId}`).expect(200)).body as InstructionList
    ).items;
    expect(all).toEqual([
      expect.objectContaining({
        id: instruction.id,
        taskId: task.id,
        taskTitle: task.title,
        leadDepartmentId: lead.id,
        leadDepartmentName: lead.name,
        leaderId: leader.user.id,
        leaderName: leader.user.displayName,
        response: expect.objectContaining({ commentId: answer.id, authorName: member.user.displayName }),
        waitingDays: 0,
      }),
    ]);

    // A second reply from the department is an ordinary comment: the instruction stays answered by the first.
    const later = await reply(member, task, instruction.id, 'Sent.');
    expect(later.kind).toBe('comment');
    expect((await commentsOf(task))[0]!.response?.commentId).toBe(answer.id);
  });

  it('records one board event per write, in the history and the audit chain', async () => {
    const { board, task, member, outsider, leader } = await taskLedByNewDepartment();
    const before = (
      (await suite.admin.get(`/api/boards/${board.id}/events?after=0`).expect(200)).body as BoardEventsPage
    ).seq;
    const instruction = await instruct(leader, task);
    await reply(outsider, task, instruction.id);
    const answer = await reply(member, task, instruction.id);
    const page = (await suite.admin.get(`/api/boards/${board.id}/events?after=${before}`).expect(200))
      .body as BoardEventsPage;
    expect(page.events.map((event) => [event.seq, event.type, event.actorId])).toEqual([
      [before + 1, 'instruction.given', leader.user.id],
      [before + 2, 'comment.created', outsider.user.id],
      [before + 3, 'instruction.answered', member.user.id],
    ]);
    expect(page.events[0]!.data).toMatchObject({ id: instruction.id, kind: 'instruction', response: null });
    expect(page.events[2]!.data).toMatchObject({
      id: answer.id,
      replyToId: instruction.id,
      instruction: { id: instruction.id, response: { commentId: answer.id, authorId: member.user.id } },
    });
    const history = (
      await suite.admin
        .get(
          `/api/boards/${board.id}/history?taskId=${task.id}&types=instruction.given,comment.created,instruction.answered`,
        )
        .expect(200)
    ).body as {
      events: { type: string }[];
    };
    expect(history.events.map((event) => event.type)).toEqual([
      'instruction.answered',
      'comment.created',
      'instruction.given',
    ]);
    const verification = (await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200))
      .body as AuditVerification;
    expect(verification).toMatchObject({ ok: true, checked: page.seq });
  });

  it('notifies the lead department at once, and the leader when it is answered', async () => {
    const { task, member, colleague, outsider, leader } = await taskLedByNewDepartment();
    const instruction = await instruct(leader, task, 'Please speed up the **survey**.');
    for (const client of [member, colleague]) {
      expect(await notificationsOf(client)).toEqual([
        expect.objectContaining({
          kind: 'instruction',
          taskId: task.id,
          taskTitle: task.title,
          actorId: leader.user.id,
          message: 'Please speed up the **survey**.',
          readAt: null,
        }),
      ]);
    }
    expect(await notificationsOf(outsider)).toEqual([]);
    expect(await notificationsOf(leader)).toEqual([]);

    await reply(outsider, task, instruction.id, 'Noted.');
    expect(await notificationsOf(leader)).toEqual([]);
    await reply(colleague, task, instruction.id, 'The survey ends on Monday.');
    expect(await notificationsOf(leader)).toEqual([
      expect.objectContaining({
        kind: 'instruction_answered',
        taskId: task.id,
        actorId: colleague.user.id,
        message: 'The survey ends on Monday.',
      }),
    ]);
  });

  it('lets only leaders give instructions (403 naming kind) and replies only to comments of the same task', async () => {
    const { board, task, member, leader } = await taskLedByNewDepartment();
    for (const client of [member, await suite.factory.user('supervisor'), suite.admin]) {
      const refused = await client
        .post(`/api/tasks/${task.id}/comments`, { body: 'Do it.', kind: 'instruction' })
        .expect(403);
      expect((refused.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['kind']);
    }
    const elsewhere = await suite.factory.task(board.id);
    const foreign = (await member.post(`/api/tasks/${elsewhere.id}/comments`, { body: 'Hi' }).expect(201))
      .body as CommentView;
    const instruction = await instruct(leader, task);
    for (const body of [
      { body: 'Reply', replyToId: foreign.id },
      { body: 'Reply', replyToId: '00000000-0000-4000-8000-000000000000' },
      { body: 'Reply', replyToId: 'not-a-uuid' },
      { body: 'Do it.', kind: 'instruction', replyToId: instruction.id },
      { body: 'Do it.', kind: 'order' },
    ]) {
      const refused = await leader.post(`/api/tasks/${task.id}/comments`, body).expect(400);
      const fields = (refused.body as ApiErrorBody).details?.map((detail) => detail.field);
      expect(fields).toEqual(['kind' in body && body.kind === 'order' ? 'kind' : 'replyToId']);
    }
    expect((await commentsOf(task)).map((comment) => comment.id)).toEqual([instruction.id]);
  });

  it('keeps an answered instruction and its answer on record, and lets an awaiting one be withdrawn', async () => {
    const { task, member, leader } = await taskLedByNewDepartment();
    const withdrawn = await instruct(leader, task, 'Wrong task, sorry.');
    await leader.delete(`/api/comments/${withdrawn.id}`).expect(204);
    expect((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body).toMatchObject({
      commentCount: 0,
      awaitingInstructionCount: 0,
    });
    const instruction = await instruct(leader, task);
    const answer = await reply(member, task, instruction.id);
    await leader.delete(`/api/comments/${instruction.id}`).expect(403);
    await member.delete(`/api/comments/${answer.id}`).expect(403);
    await suite.admin.delete(`/api/comments/${answer.id}`).expect(403);
    const edited = await leader
      .patch(`/api/comments/${instruction.id}`, { body: 'Report by Friday noon.' })
      .expect(200);
    expect(edited.body).toMatchObject({ kind: 'instruction', response: { commentId: answer.id } });
  });

  it('waits for the lead department the task has when the reply comes', async () => {
    const { task, member, leader } = await taskLedByNewDepartment();
    const instruction = await instruct(leader, task);
    const next = await suite.factory.department();
    const newMember = await suite.factory.user('member', next.id);
    await suite.admin
      .patch(`/api/tasks/${task.id}`, { version: task.version, leadDepartmentId: next.id })
      .expect(200);
    await reply(member, task, instruction.id, 'We no longer lead this.');
    expect((await commentsOf(task))[0]!.response).toBeNull();
    const answer = await reply(newMember, task, instruction.id, 'We take it over.');
    expect((await commentsOf(task))[0]!.response?.commentId).toBe(answer.id);
  });

  it('lists the instructions the caller may see, with the wait in days in their time zone', async () => {
    const inside = await suite.factory.department();
    const restrictedBoard = await suite.factory.board({ departmentIds: [inside.id] });
    const hidden = await suite.factory.task(restrictedBoard.id, { leadDepartmentId: inside.id });
    const { board, task, outsider, leader } = await taskLedByNewDepartment();
    const insider = await suite.factory.user('member', inside.id);
    const clock = suite.testApp.app.get(Clock);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date('2030-05-01T15:30:00Z'));
    try {
      const visible = await instruct(leader, task);
      const secret = await instruct(leader, hidden);
      // 23:30 in Shanghai on 1 May; three days later it is 4 May there (still 3 May in UTC).
      spy.mockReturnValue(new Date('2030-05-03T17:00:00Z'));
      const shanghai = await awaiting(outsider, '&tz=Asia/Shanghai');
      expect(shanghai.map((item) => item.id)).toContain(visible.id);
      expect(shanghai.map((item) => item.id)).not.toContain(secret.id);
      expect(shanghai.find((item) => item.id === visible.id)).toMatchObject({
        boardId: board.id,
        boardTitle: board.title,
        waitingDays: 3,
      });
      const utc = await awaiting(outsider, `&boardId=${board.id}&tz=UTC`);
      expect(utc).toEqual([expect.objectContaining({ id: visible.id, waitingDays: 2 })]);
      expect((await awaiting(insider, `&boardId=${restrictedBoard.id}`)).map((item) => item.id)).toEqual([
        secret.id,
      ]);
      await outsider.get(`/api/instructions?boardId=${restrictedBoard.id}`).expect(404);
      for (const [query, field] of [
        ['awaiting=yes', 'awaiting'],
        ['boardId=nope', 'boardId'],
        ['tz=Mars/Olympus', 'tz'],
        ['limit=3', 'limit'],
      ] as const) {
        const refused = await outsider.get(`/api/instructions?${query}`).expect(400);
        expect((refused.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('gives a board’s instructions of a period with their responses (InstructionsService.forBoardPeriod)', async () => {
    const { board, task, member, leader } = await taskLedByNewDepartment();
    const clock = suite.testApp.app.get(Clock);
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date('2031-02-27T10:00:00Z'));
    try {
      const before = await instruct(leader, task, 'February');
      spy.mockReturnValue(new Date('2031-03-02T10:00:00Z'));
      const inPeriod = await instruct(leader, task, 'March');
      spy.mockReturnValue(new Date('2031-04-05T10:00:00Z'));
      await reply(member, task, inPeriod.id, 'Done in April.');
      const instructions = suite.testApp.app.get(InstructionsService);
      const march = await instructions.forBoardPeriod(
        board.id,
        new Date('2031-03-01T00:00:00Z'),
        new Date('2031-04-01T00:00:00Z'),
        'UTC',
      );
      expect(march).toEqual([
        expect.objectContaining({
          id: inPeriod.id,
          body: 'March',
          leaderName: leader.user.displayName,
          response: expect.objectContaining({ authorId: member.user.id, body: 'Done in April.' }),
          waitingDays: 34,
        }),
      ]);
      expect(before.id).not.toBe(inPeriod.id);
    } finally {
      spy.mockRestore();
    }
  });

  it('reaches the lead department live: the notification and the board event, then the answer to the leader', async () => {
    const { board, task, member, leader } = await taskLedByNewDepartment();
    const memberLive = await live.connect(member);
    const leaderLive = await live.connect(leader);
    const toMember: NotificationView[] = [];
    const toLeader: NotificationView[] = [];
    const dashboardNotices: StatsChangedNotice[] = [];
    memberLive.socket.on('notification', (notification) => toMember.push(notification));
    leaderLive.socket.on('notification', (notification) => toLeader.push(notification));
    leaderLive.socket.on('stats:changed', (notice) => dashboardNotices.push(notice));
    expect(await joinBoard(memberLive.socket, board.id)).toMatchObject({ ok: true });
    await leaderLive.socket.timeout(5000).emitWithAck('dashboard:watch', {});

    const instruction = await instruct(leader, task, 'Report by Friday.');
    await memberLive.recorder.waitFor(
      () =>
        toMember.length === 1 &&
        memberLive.recorder.events.some((event) => event.type === 'instruction.given'),
    );
    expect(toMember[0]).toMatchObject({ kind: 'instruction', taskId: task.id, actorId: leader.user.id });
    expect(memberLive.recorder.events.at(-1)).toMatchObject({
      type: 'instruction.given',
      data: { id: instruction.id, kind: 'instruction', response: null },
    });

    const answer = await reply(member, task, instruction.id, 'Received.');
    await memberLive.recorder.waitFor(() =>
      memberLive.recorder.events.some((event) => event.type === 'instruction.answered'),
    );
    await leaderLive.recorder.waitFor(() => toLeader.length === 1 && dashboardNotices.length > 0);
    expect(toLeader[0]).toMatchObject({ kind: 'instruction_answered', actorId: member.user.id });
    expect(memberLive.recorder.events.at(-1)).toMatchObject({
      type: 'instruction.answered',
      data: { id: answer.id, instruction: { id: instruction.id, response: { commentId: answer.id } } },
    });
    expect(dashboardNotices.map((notice) => notice.boardId)).toContain(board.id);
  });
});
