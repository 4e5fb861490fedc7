import type { DepartmentView, TaskView } from '@duban/contracts';
import { type ApiClient } from '@duban/api/testing';
import { eventually, graceForWhatMustNotHappen, LIVE_TIMEOUT } from './waiting';
import { useBrowserSuite } from './browser-suite';

/** A flag in the page's window: still there later means the page was never reloaded. */
const setMarker = () => ((globalThis as { __sameDocument?: number }).__sameDocument = 1);
const readMarker = () => (globalThis as { __sameDocument?: number }).__sameDocument;

describe('Two people on the same board', () => {
  const suite = useBrowserSuite();
  let department: DepartmentView;
  let supervisor: ApiClient;
  let member: ApiClient;

  beforeAll(async () => {
    department = await suite.factory.department('Industry and Information Technology Bureau');
    [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', department.id),
    ]);
  });

  async function serverTask(boardId: string, taskId: string): Promise<TaskView | undefined> {
    const snapshot = (await supervisor.get(`/api/boards/${boardId}`).expect(200)).body as {
      tasks: TaskView[];
    };
    return snapshot.tasks.find((task) => task.id === taskId);
  }

  it('shows the supervisor’s new task, edit, move and comment to a department member within 2 s', async () => {
    const board = await suite.factory.board({ title: 'Implementation of the 21 April decisions' });
    const [supervisorBoard, memberBoard] = await Promise.all([
      suite.openBoard(supervisor, board.id),
      suite.openBoard(member, board.id),
    ]);
    await memberBoard.page.evaluate(setMarker);

    const title = 'Relocate industrial enterprises out of the central city';
    await (await supervisorBoard.newTask()).create({ title, leadDepartment: department.name });
    await memberBoard.cardIn('todo', title).waitFor({ timeout: LIVE_TIMEOUT });
    const taskId = await supervisorBoard.card(title).getAttribute('data-task-id');
    expect(taskId).toBeTruthy();

    const revised = 'Relocate and upgrade industrial enterprises out of the central city';
    const panel = await supervisorBoard.openCard(supervisorBoard.card(title));
    await panel.field('Title').fill(revised);
    await panel.progressSlider().fill('40');
    await panel.save();
    const memberCard = memberBoard.card(revised);
    await memberCard.waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.progressShown(memberCard, 40).waitFor({ timeout: LIVE_TIMEOUT });
    await panel.close();

    await supervisorBoard.dragCard(supervisorBoard.card(revised), 'in_progress');
    await memberBoard.cardIn('in_progress', revised).waitFor({ timeout: LIVE_TIMEOUT });
    expect((await serverTask(board.id, taskId ?? ''))?.status).toBe('in_progress');

    // The member has the task open when the comment arrives: the thread and the card both follow.
    const memberPanel = await memberBoard.openCard(memberCard);
    await memberPanel.notice('No comments yet.').waitFor();
    const supervisorPanel = await supervisorBoard.openCard(supervisorBoard.card(revised));
    const comment = 'Please report the relocation plan to the supervision office by Friday.';
    await supervisorPanel.postComment(comment, comment);
    await memberPanel.comments().filter({ hasText: comment }).waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.commentCountShown(memberCard, 1).waitFor({ timeout: LIVE_TIMEOUT });

    expect(await memberBoard.page.evaluate(readMarker)).toBe(1);
  });

  it('flashes the card someone else changed, and only that card, for a moment', async () => {
    const board = await suite.factory.board({ title: 'Rural revitalisation: key projects' });
    const [changed, untouched] = await Promise.all([
      suite.factory.task(board.id, { title: 'Pave the village roads', leadDepartmentId: department.id }),
      suite.factory.task(board.id, { title: 'Build cold-chain storage', leadDepartmentId: department.id }),
    ]);
    const memberBoard = await suite.openBoard(member, board.id);
    const flashing = (title: string) =>
      memberBoard.card(title).and(memberBoard.page.locator('.task-card-flash'));

    await supervisor
      .patch(`/api/tasks/${changed.id}`, { progress: 30, version: changed.version })
      .expect(200);
    await flashing(changed.title).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await flashing(untouched.title).count()).toBe(0);
    // The flash fades after two seconds.
    await flashing(changed.title).waitFor({ state: 'detached', timeout: 4000 });
    await memberBoard.progressShown(memberBoard.card(changed.title), 30).waitFor();
  });

  it('catches a member up on three changes made while they were offline, without a reload', async () => {
    const board = await suite.factory.board({ title: 'Grass-roots party building priorities' });
    const cutMeetings = await suite.factory.task(board.id, {
      title: 'Cut needless meetings for grass-roots cadres',
      leadDepartmentId: department.id,
    });
    const report = await suite.factory.task(board.id, {
      title: 'Report on party-history education',
      leadDepartmentId: department.id,
    });
    const memberBoard = await suite.openBoard(member, board.id);
    const { page } = memberBoard;
    await memberBoard.card(report.title).waitFor();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(setMarker);

    await page.context().setOffline(true);
    await memberBoard.offlineBanner().waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard
      .liveState()
      .filter({ hasText: /^Offline$/ })
      .waitFor({ timeout: LIVE_TIMEOUT });

    const created = await suite.factory.task(
      board.id,
      { title: 'Publish the rectification list of the inspection', leadDepartmentId: department.id },
      supervisor,
    );
    await supervisor
      .post(`/api/tasks/${cutMeetings.id}/move`, { status: 'in_progress', afterTaskId: null, version: 1 })
      .expect(200);
    await supervisor
      .patch(`/api/tasks/${report.id}`, { title: 'Report on party-history education (revised)', version: 1 })
      .expect(200);
    // Offline really means offline: nothing arrives until the connection is back.
    await graceForWhatMustNotHappen(page);
    expect(await memberBoard.card(created.title).count()).toBe(0);

    await page.context().setOffline(false);
    await memberBoard.waitUntilLive();
    await memberBoard.offlineBanner().waitFor({ state: 'detached' });
    await memberBoard.cardIn('todo', created.title).waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.cardIn('in_progress', cutMeetings.title).waitFor({ timeout: LIVE_TIMEOUT });
    await memberBoard.card('Report on party-history education (revised)').waitFor({ timeout: LIVE_TIMEOUT });

    expect(await page.evaluate(readMarker)).toBe(1);
    expect(navigations).toBe(0);
    // And the board shows exactly what the server has: three tasks, nothing duplicated.
    const total = await eventually(
      () => page.getByTestId('task-card').count(),
      (count) => count === 3,
    );
    expect(total).toBe(3);
  });
});
