import type {
  ApiErrorBody,
  BoardEvent,
  NotificationList,
  NotificationView,
  ReminderView,
} from '@duban/contracts';
import { Clock } from '../common/clock';
import { ApiClient } from '../testing/api-client';
import { EscalationService } from './escalation.service';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** 催办: supervisors remind lead departments; overdue tasks are reminded and escalated automatically. */
describe('Reminders', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);

  afterEach(() => jest.restoreAllMocks());

  async function assignedTask(input: { deadline?: string; responsibleLeaderId?: string } = {}) {
    const lead = await suite.factory.department();
    const supervisor = await suite.factory.user('supervisor');
    const board = await suite.factory.board({ settings: { escalationDays: 2 } }, supervisor);
    const member = await suite.factory.user('member', lead.id);
    const task = await suite.factory.task(board.id, { leadDepartmentId: lead.id, ...input }, supervisor);
    return { lead, board, supervisor, member, task };
  }

  /** The next `notification` the user's socket receives. */
  async function notificationsOf(client: ApiClient): Promise<() => Promise<NotificationView>> {
    const { socket } = await live.connect(client);
    const received: NotificationView[] = [];
    socket.on('notification', (notification) => received.push(notification));
    return async () => {
      const deadline = Date.now() + 5000;
      while (received.length === 0) {
        if (Date.now() > deadline) throw new Error(`No notification for ${client.user.username}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received.shift()!;
    };
  }

  async function unreadOf(client: ApiClient): Promise<number> {
    return ((await client.get('/api/notifications').expect(200)).body as NotificationList).unread;
  }

  async function historyOf(taskId: string): Promise<BoardEvent[]> {
    return (await suite.admin.get(`/api/tasks/${taskId}/history`).expect(200)).body as BoardEvent[];
  }

  it('lets a supervisor remind the lead department, records it on the task and notifies its members live', async () => {
    const { lead, supervisor, member, task } = await assignedTask();
    const colleague = await suite.factory.user('member', lead.id);
    const outsider = await suite.factory.user('member', (await suite.factory.department()).id);
    const nextNotification = await notificationsOf(member);

    const response = await supervisor
      .post(`/api/tasks/${task.id}/reminders`, { message: 'Please report progress by Friday' })
      .expect(201);
    const reminder = response.body as ReminderView;
    expect(reminder).toMatchObject({
      taskId: task.id,
      boardId: task.boardId,
      fromUserId: supervisor.user.id,
      level: 'department',
      message: 'Please report progress by Friday',
    });

    const notification = await nextNotification();
    expect(notification).toMatchObject({
      userId: member.user.id,
      kind: 'reminder',
      boardId: task.boardId,
      taskId: task.id,
      taskTitle: task.title,
      message: 'Please report progress by Friday',
      actorId: supervisor.user.id,
      readAt: null,
    });
    expect(await unreadOf(member)).toBe(1);
    expect(await unreadOf(colleague)).toBe(1);
    expect(await unreadOf(outsider)).toBe(0);
    expect(await unreadOf(supervisor)).toBe(0);

    expect((await member.get(`/api/tasks/${task.id}/reminders`).expect(200)).body).toEqual([reminder]);
    expect((await historyOf(task.id)).at(-1)).toMatchObject({
      type: 'reminder.sent',
      actorId: supervisor.user.id,
      data: reminder,
    });

    await outsider.post(`/api/notifications/${notification.id}/read`).expect(404);
    const read = await member.post(`/api/notifications/${notification.id}/read`).expect(200);
    expect(read.body).toMatchObject({ id: notification.id, readAt: expect.any(String) });
    expect(await unreadOf(member)).toBe(0);
    expect(await unreadOf(colleague)).toBe(1);
  });

  it('lets only supervisors and administrators send reminders, saying why', async () => {
    const { member, task } = await assignedTask();
    const leader = await suite.factory.user('leader');
    for (const client of [member, leader]) {
      const response = await client.post(`/api/tasks/${task.id}/reminders`, { message: 'Hurry' }).expect(403);
      expect((response.body as ApiErrorBody).message).toMatch(/Only supervisors and administrators/);
    }
    await suite.admin.post(`/api/tasks/${task.id}/reminders`, { message: 'Hurry' }).expect(201);
    expect(await unreadOf(member)).toBe(1);
  });

  it('refuses to remind about a task that is done or that no department leads', async () => {
    const { board, lead, supervisor } = await assignedTask();
    const done = await suite.factory.task(board.id, { leadDepartmentId: lead.id, status: 'done' });
    const unassigned = await suite.factory.task(board.id);

    const doneResponse = await supervisor
      .post(`/api/tasks/${done.id}/reminders`, { message: 'Hurry' })
      .expect(403);
    expect((doneResponse.body as ApiErrorBody).message).toMatch(/done/);
    const unassignedResponse = await supervisor
      .post(`/api/tasks/${unassigned.id}/reminders`, { message: 'Hurry' })
      .expect(403);
    expect((unassignedResponse.body as ApiErrorBody).message).toMatch(/no lead department/);
    expect((await suite.admin.get(`/api/tasks/${done.id}/reminders`).expect(200)).body).toEqual([]);
  });

  it('rejects a missing, blank, oversized or unknown-field message naming the field', async () => {
    const { supervisor, task } = await assignedTask();
    for (const [body, field] of [
      [{}, 'message'],
      [{ message: '   ' }, 'message'],
      [{ message: 'x'.repeat(2001) }, 'message'],
      [{ message: 'ok', level: 'leader' }, 'level'],
    ] as const) {
      const response = await supervisor.post(`/api/tasks/${task.id}/reminders`, body).expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(field);
    }
    await supervisor.post('/api/tasks/not-a-uuid/reminders', { message: 'x' }).expect(400);
    await supervisor
      .post('/api/tasks/00000000-0000-4000-8000-000000000000/reminders', { message: 'x' })
      .expect(404);
  });

  it('escalates an overdue task once to the department, then after escalationDays to its leader', async () => {
    const leader = await suite.factory.user('leader');
    const { member, task } = await assignedTask({
      deadline: '2030-03-10',
      responsibleLeaderId: leader.user.id,
    });
    const clock = suite.testApp.app.get(Clock);
    const escalation = suite.testApp.app.get(EscalationService);
    const setNow = (now: Date) => jest.spyOn(clock, 'now').mockReturnValue(now);
    const runAt = async (now: Date) => {
      setNow(now);
      return (await escalation.run(now)).filter((reminder) => reminder.taskId === task.id);
    };
    const memberNotification = await notificationsOf(member);
    const leaderNotification = await notificationsOf(leader);

    expect(await runAt(new Date(2030, 2, 10, 12))).toEqual([]);
    const [departmentReminder, ...others] = await runAt(new Date(2030, 2, 11, 8));
    expect(others).toEqual([]);
    expect(departmentReminder).toMatchObject({
      fromUserId: null,
      level: 'department',
      message: 'Overdue since 2030-03-10: please report progress',
    });
    expect(await memberNotification()).toMatchObject({ kind: 'reminder', taskId: task.id, actorId: null });

    expect(await runAt(new Date(2030, 2, 11, 9))).toEqual([]);
    expect(await runAt(new Date(2030, 2, 12, 23))).toEqual([]);
    expect(await unreadOf(leader)).toBe(0);

    const [leaderReminder] = await runAt(new Date(2030, 2, 13, 8));
    expect(leaderReminder).toMatchObject({ fromUserId: null, level: 'leader' });
    expect(await leaderNotification()).toMatchObject({
      userId: leader.user.id,
      kind: 'escalation',
      taskId: task.id,
      taskTitle: task.title,
      deadline: '2030-03-10',
      actorId: null,
      message: 'Overdue since 2030-03-10; the lead department was reminded on 2030-03-11: please follow up',
    });
    expect(await runAt(new Date(2030, 2, 20))).toEqual([]);

    expect(await unreadOf(member)).toBe(1);
    expect(await unreadOf(leader)).toBe(1);
    expect((await suite.admin.get(`/api/tasks/${task.id}/reminders`).expect(200)).body).toEqual([
      departmentReminder,
      leaderReminder,
    ]);
    const reminderEvents = (await historyOf(task.id)).filter((event) => event.type === 'reminder.sent');
    expect(reminderEvents.map((event) => event.data)).toEqual([departmentReminder, leaderReminder]);
    // Nobody sent them: automatic events have no actor.
    expect(reminderEvents.map((event) => event.actorId)).toEqual([null, null]);
  });

  it('does not escalate done tasks, nor to a leader a task has none of', async () => {
    const { board, lead, member, task } = await assignedTask({ deadline: '2031-01-10' });
    await suite.factory.task(board.id, { leadDepartmentId: lead.id, deadline: '2031-01-10', status: 'done' });
    const escalation = suite.testApp.app.get(EscalationService);
    const onBoard = (sent: ReminderView[]) => sent.filter((reminder) => reminder.boardId === board.id);

    expect(onBoard(await escalation.run(new Date(2031, 0, 11)))).toEqual([
      expect.objectContaining({ taskId: task.id, level: 'department' }),
    ]);
    expect(onBoard(await escalation.run(new Date(2031, 1, 28)))).toEqual([]);
    expect(await unreadOf(member)).toBe(1);
  });
});
