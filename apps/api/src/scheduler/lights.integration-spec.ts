import type { BoardEvent, TaskView } from '@duban/contracts';
import { Clock } from '../common/clock';
import { joinBoard } from '../testing/socket-client';
import { SchedulerService } from './scheduler.service';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** Lights follow the calendar: a controllable clock moves time, the scheduler's tick notices. */
describe('Status lights over time', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);
  let clock: Clock;
  let scheduler: SchedulerService;

  beforeAll(() => {
    clock = suite.testApp.app.get(Clock);
    scheduler = suite.testApp.app.get(SchedulerService);
  });

  afterEach(() => jest.restoreAllMocks());

  function setToday(date: string): void {
    jest.spyOn(clock, 'today').mockReturnValue(date);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(`${date}T09:00:00`));
  }

  async function lightOf(task: TaskView): Promise<string> {
    return ((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body as TaskView).light;
  }

  it('turns yellow within the due-soon days, red after the deadline, and tells open boards', async () => {
    setToday('2021-05-01');
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { deadline: '2021-05-20' });
    const done = await suite.factory.task(board.id, { deadline: '2021-05-02', status: 'done' });
    expect(task.light).toBe('green');
    expect(done.light).toBe('green');
    const { socket, recorder } = await live.connect(suite.admin);
    // Seen: the board's creation and the two tasks.
    await joinBoard(socket, board.id, 3);

    setToday('2021-05-14');
    await scheduler.tick();
    expect(await lightOf(task)).toBe('yellow');
    await recorder.waitForEvents(1);
    expect(recorder.events[0]).toMatchObject({
      type: 'task.light_changed',
      data: { id: task.id, light: 'yellow' },
    });

    await scheduler.tick();
    setToday('2021-05-21');
    await scheduler.tick();
    expect(await lightOf(task)).toBe('red');
    expect(await lightOf(done)).toBe('green');
    await recorder.waitForEvents(2);
    expect(recorder.events.map((event: BoardEvent) => event.seq)).toEqual([4, 5]);
    const version = ((await suite.admin.get(`/api/tasks/${task.id}`).expect(200)).body as TaskView).version;
    expect(version).toBe(1);
  });

  it('recomputes a board’s lights as soon as its due-soon days change, without waiting for a tick', async () => {
    setToday('2021-05-01');
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { deadline: '2021-05-10' });
    expect(task.light).toBe('green');
    const { socket, recorder } = await live.connect(suite.admin);
    await joinBoard(socket, board.id, 1);

    await suite.admin.patch(`/api/boards/${board.id}`, { settings: { dueSoonDays: 14 } }).expect(200);

    await recorder.waitFor((events) => events.events.some((event) => event.type === 'task.light_changed'));
    expect(recorder.events.map((event: BoardEvent) => [event.type, event.actorId])).toEqual([
      ['board.updated', suite.admin.user.id],
      ['task.light_changed', null],
    ]);
    expect(await lightOf(task)).toBe('yellow');
  });

  it('escalates a task that has just turned overdue on the same tick', async () => {
    setToday('2021-06-01');
    const department = await suite.factory.department();
    const member = await suite.factory.user('member', department.id);
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, {
      deadline: '2021-06-03',
      leadDepartmentId: department.id,
    });

    setToday('2021-06-04');
    await scheduler.tick();

    expect(await lightOf(task)).toBe('red');
    const reminders = await suite.admin.get(`/api/tasks/${task.id}/reminders`).expect(200);
    expect(reminders.body).toEqual([expect.objectContaining({ fromUserId: null, level: 'department' })]);
    const inbox = await member.get('/api/notifications').expect(200);
    expect(inbox.body.unread).toBe(1);
  });

  it('follows the board setting for due-soon days, and writes refresh the light at once', async () => {
    setToday('2021-05-01');
    const board = await suite.factory.board({ settings: { dueSoonDays: 2 } });
    const task = await suite.factory.task(board.id, { deadline: '2021-05-05' });
    expect(task.light).toBe('green');
    const moved = await suite.admin
      .patch(`/api/tasks/${task.id}`, { deadline: '2021-05-02', version: 1 })
      .expect(200);
    expect(moved.body.light).toBe('yellow');
    const closed = await suite.admin.post(`/api/tasks/${task.id}/move`, {
      status: 'done',
      afterTaskId: null,
      version: 2,
    });
    expect(closed.body.light).toBe('green');
  });
});
