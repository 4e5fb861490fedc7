import type { DepartmentView, TaskView } from '@duban/contracts';
import type { Locator, Page, Request } from 'playwright-core';
import { screenshotPath } from './browser';
import { localDay } from './calendar';
import type { TaskPanel } from './pages/task-panel';
import { afterNextFrames, eventually, graceForWhatMustNotHappen, LIVE_TIMEOUT } from './waiting';
import { useBrowserSuite } from './browser-suite';

/** The "Supervision" section at the top of the task panel: where the task stands, and the next step. */
class SupervisionSection {
  readonly root: Locator;

  constructor(panel: TaskPanel) {
    this.root = panel.root.getByTestId('supervision');
  }

  fact(text: string | RegExp): Locator {
    return this.root.getByRole('listitem').filter({ hasText: text });
  }

  action(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Takes a step that needs a text (submit, verify, return): opens its form, types, confirms. */
  async take(name: string, textLabel: string, text: string): Promise<void> {
    await this.action(name).click();
    const form = this.root.getByRole('form', { name });
    await form.getByLabel(textLabel).fill(text);
    await form.getByRole('button', { name, exact: true }).click();
    await form.waitFor({ state: 'detached' });
  }
}

/** What dnd-kit tells screen readers during a keyboard drag. */
const announcement = (page: Page) => page.locator('[id^="DndLiveRegion"]');

describe('The supervision lifecycle on the board', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
  });

  async function serverTask(task: TaskView): Promise<TaskView | undefined> {
    const snapshot = (await suite.admin.get(`/api/boards/${task.boardId}`).expect(200)).body as {
      tasks: TaskView[];
    };
    return snapshot.tasks.find((candidate) => candidate.id === task.id);
  }

  function moveRequestsOf(page: Page): Request[] {
    const requests: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/move')) requests.push(request);
    });
    return requests;
  }

  it('never lets a member drop a card into Done, by mouse or keyboard, but lets them start signed work', async () => {
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const task = await suite.factory.task(board.id, {
      title: 'Close the illegal sand quarries along the river',
      leadDepartmentId: ecology.id,
    });
    const member = await suite.factory.user('member', ecology.id);
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    const boardPage = await suite.openBoard(member, board.id);
    const { page } = boardPage;
    const card = boardPage.card(task.title);
    const handle = boardPage.moveHandle(card);
    await handle.waitFor();
    const moveRequests = moveRequestsOf(page);

    // With the mouse: let go over Done, and the card stays where it was.
    await boardPage.dragCard(card, 'done');
    await graceForWhatMustNotHappen(page);
    expect(await boardPage.cardIn('todo', task.title).count()).toBe(1);
    expect(moveRequests).toHaveLength(0);
    expect((await serverTask(task))?.status).toBe('todo');

    // With the keyboard: Done says it is not allowed while the card is over it, and dropping does nothing.
    // One key at a time, each heard before the next: dnd-kit measures the columns after the pick-up and
    // after every step, and an arrow pressed before that finds nowhere to go.
    const press = async (key: string, heard: RegExp) => {
      await page.keyboard.press(key);
      await announcement(page).filter({ hasText: heard }).waitFor();
      await afterNextFrames(page);
    };
    await handle.focus();
    await press('Space', /is over Not started, position 1 of 1/);
    await press('ArrowRight', /is over In progress, position/);
    await press('ArrowRight', /is over Awaiting verification, where it may not go/);
    await press('ArrowRight', /is over Done, where it may not go/);
    expect(await boardPage.column('done').getAttribute('aria-disabled')).toBe('true');
    expect(await boardPage.column('in_progress').getAttribute('aria-disabled')).toBeNull();
    await boardPage.column('done').getByText('Not allowed', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('workflow-member-over-done') });
    await press('Space', /may not go to Done and stays where it was/);
    await graceForWhatMustNotHappen(page);
    expect(await boardPage.cardIn('todo', task.title).count()).toBe(1);
    expect(await boardPage.column('done').getAttribute('aria-disabled')).toBeNull();
    expect(moveRequests).toHaveLength(0);

    // The department has signed for it, so starting work is allowed: the refusals above were no accident.
    await boardPage.dragCard(card, 'in_progress');
    await boardPage.cardIn('in_progress', task.title).waitFor();
    const started = await eventually(
      () => serverTask(task),
      (current) => current?.status === 'in_progress',
    );
    expect(started?.status).toBe('in_progress');
  });

  it('takes a task from sign-off to verified closure through the panel, live for both sides', async () => {
    const board = await suite.factory.board({ title: 'Standing Committee meeting of 21 April 2021' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const task = await suite.factory.task(
      board.id,
      { title: 'Relocate polluting enterprises out of the city centre', leadDepartmentId: ecology.id },
      supervisor,
    );
    const [memberBoard, supervisorBoard] = await Promise.all([
      suite.openBoard(member, board.id),
      suite.openBoard(supervisor, board.id),
    ]);
    await supervisorBoard.card(task.title).waitFor();
    expect(await supervisorBoard.card(task.title).getByText('Awaiting sign-off').count()).toBe(1);
    const supervisorPanel = await supervisorBoard.openCard(supervisorBoard.card(task.title));
    const supervisorView = new SupervisionSection(supervisorPanel);
    await supervisorView.fact(/^Awaiting sign-off by Ecology and Environment Bureau, assigned/).waitFor();
    // Signing for it is the department's business, not the supervisor's.
    expect(
      await supervisorView.root.getByRole('button', { name: /acknowledge|sign for|签收/i }).count(),
    ).toBe(0);
    // What the supervisor can do is push: 催办.
    await supervisorView.root.getByRole('button', { name: /send reminder|催办/i }).waitFor();

    // 签收: one click, and the card loses its mark on the supervisor's board too.
    const memberPanel = await memberBoard.openCard(memberBoard.card(task.title));
    const memberView = new SupervisionSection(memberPanel);
    await memberView.action('Acknowledge (sign for)').click();
    await memberView.fact(/^Signed for by Test member on /).waitFor();
    await supervisorView.fact(/^Signed for by Test member on /).waitFor({ timeout: LIVE_TIMEOUT });
    await supervisorBoard
      .card(task.title)
      .getByText('Awaiting sign-off')
      .waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });

    // 办理 → 提交审核: start work on the board, then submit with the result.
    await memberBoard.dragCard(memberBoard.card(task.title), 'in_progress');
    await memberBoard.cardIn('in_progress', task.title).waitFor();
    await memberView.take('Submit for verification', 'Result', 'All 12 enterprises relocated to the park');
    await memberView.fact(/^Awaiting verification, submitted/).waitFor();
    expect(await memberView.action('Verify and close').count()).toBe(0);

    // The supervisor sees it arrive for verification without reloading, and closes it with a note.
    await supervisorBoard.cardIn('in_review', task.title).waitFor({ timeout: LIVE_TIMEOUT });
    await supervisorView.fact(/^Awaiting verification, submitted/).waitFor({ timeout: LIVE_TIMEOUT });
    await supervisorView.action('Return').waitFor();
    await supervisorPanel.root.page().screenshot({ path: screenshotPath('workflow-supervisor-verifies') });
    await supervisorView.take('Verify and close', 'Verification note', 'Checked on site on 3 June');

    await memberBoard.cardIn('done', task.title).waitFor({ timeout: LIVE_TIMEOUT });
    await memberView
      .fact('Verified by Test supervisor: Checked on site on 3 June')
      .waitFor({ timeout: LIVE_TIMEOUT });
    expect(await memberView.root.getByRole('button').count()).toBe(0);
    expect(await serverTask(task)).toMatchObject({
      status: 'done',
      result: 'All 12 enterprises relocated to the park',
      verifiedById: supervisor.user.id,
      verificationNote: 'Checked on site on 3 June',
    });
  });

  it("waits for the member's own drag to reach the server before submitting, so the step is not refused", async () => {
    const board = await suite.factory.board({ title: 'Urban renewal: old residential compounds' });
    const member = await suite.factory.user('member', ecology.id);
    const task = await suite.factory.task(board.id, {
      title: 'Renovate the drainage of the old compounds',
      leadDepartmentId: ecology.id,
    });
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    const boardPage = await suite.openBoard(member, board.id);
    const { page } = boardPage;
    // The move is held on its way to the server, as on a slow network.
    let releaseMove = () => {};
    const moveHeld = new Promise<void>((resolve) => (releaseMove = resolve));
    await page.route('**/move', async (route) => {
      await moveHeld;
      await route.continue();
    });
    const view = new SupervisionSection(await boardPage.openCard(boardPage.card(task.title)));

    // The card shows where it was dropped at once, and the panel offers the next step…
    await boardPage.dragCard(boardPage.card(task.title), 'in_progress');
    await boardPage.cardIn('in_progress', task.title).waitFor();
    await view.action('Submit for verification').click();
    const form = view.root.getByRole('form', { name: 'Submit for verification' });
    await form.getByLabel('Result').fill('Drainage renovated in all 14 compounds');
    const confirm = form.getByRole('button', { name: 'Submit for verification', exact: true });
    // …but confirming waits until the server has the move: the task's version is still the old one.
    await graceForWhatMustNotHappen(page);
    expect(await confirm.isDisabled()).toBe(true);
    releaseMove();
    await confirm.click();
    await form.waitFor({ state: 'detached' });
    await view.fact(/^Awaiting verification, submitted/).waitFor();
    expect(await view.root.getByRole('alert').count()).toBe(0);
    expect(await serverTask(task)).toMatchObject({
      status: 'in_review',
      result: 'Drainage renovated in all 14 compounds',
    });
  });

  it('names the departments that are late at the top of the board, and drops one live when it is not', async () => {
    const board = await suite.factory.board({ title: 'Implementation of the 2021 government work report' });
    const industry = await suite.factory.department('Industry and Information Technology Bureau');
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const late = await suite.factory.task(board.id, {
      title: 'Treat the black and odorous water bodies',
      leadDepartmentId: ecology.id,
      deadline: localDay(-3),
    });
    await suite.factory.task(board.id, {
      title: 'Publish the list of specialised SMEs',
      leadDepartmentId: industry.id,
      deadline: localDay(-1),
    });
    await suite.factory.task(board.id, {
      title: 'Restore the mined-out quarry slopes',
      leadDepartmentId: ecology.id,
      deadline: localDay(30),
    });
    const memberBoard = await suite.openBoard(member, board.id);
    const overdue = memberBoard.page.getByTestId('overdue');

    // Furthest past the deadline first; a task still on track is not counted.
    await overdue.getByText(`${ecology.name}: 1 task, 3 days overdue`).waitFor();
    expect(await overdue.getByRole('listitem').allInnerTexts()).toEqual([
      `${ecology.name}: 1 task, 3 days overdue`,
      `${industry.name}: 1 task, 1 day overdue`,
    ]);

    // The supervision office extends the deadline: the member's board stops calling the department late.
    await supervisor
      .patch(`/api/tasks/${late.id}`, { deadline: localDay(20), version: late.version })
      .expect(200);
    await overdue.getByText(ecology.name).waitFor({ state: 'detached', timeout: LIVE_TIMEOUT });
    expect(await overdue.getByRole('listitem').allInnerTexts()).toEqual([
      `${industry.name}: 1 task, 1 day overdue`,
    ]);
  });

  it('takes a progress report from the lead department, and the progress follows on every board', async () => {
    const board = await suite.factory.board({ title: 'Monthly progress of the inspection follow-up' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const task = await suite.factory.task(
      board.id,
      { title: 'Close the unpermitted sewage outfalls', leadDepartmentId: ecology.id },
      supervisor,
    );
    const [memberBoard, supervisorBoard] = await Promise.all([
      suite.openBoard(member, board.id),
      suite.openBoard(supervisor, board.id),
    ]);
    const panel = await memberBoard.openCard(memberBoard.card(task.title));
    await panel.root.getByRole('tab', { name: /Progress reports/ }).click();
    const reports = panel.root.getByRole('tabpanel');
    await reports.getByLabel('Progress report').fill('Eight of twelve outfalls are closed.');
    const slider = reports.getByRole('slider');
    await slider.focus();
    for (let step = 0; step < 13; step += 1) await slider.press('ArrowRight');
    await reports.locator('output').filter({ hasText: /^65%$/ }).waitFor();
    await reports.getByRole('button', { name: 'Post report', exact: true }).click();

    await panel.root
      .getByTestId('report')
      .filter({ hasText: 'Eight of twelve outfalls are closed.' })
      .waitFor();
    await supervisorBoard
      .progressShown(supervisorBoard.card(task.title), 65)
      .waitFor({ timeout: LIVE_TIMEOUT });
    const reported = await eventually(
      () => serverTask(task),
      (current) => current?.progress === 65,
    );
    expect(reported?.progress).toBe(65);
  });

  it('sends a task back with a reason, which the department sees on its card and in the panel', async () => {
    const board = await suite.factory.board({ title: 'Opening up further: tasks for 2021' });
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', ecology.id);
    const task = await suite.factory.task(board.id, {
      title: 'Survey the pollution permits of chemical plants',
      leadDepartmentId: ecology.id,
    });
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    await member.post(`/api/tasks/${task.id}/submit`, { result: 'Surveyed', version: 3 }).expect(200);
    const [memberBoard, supervisorBoard] = await Promise.all([
      suite.openBoard(member, board.id),
      suite.openBoard(supervisor, board.id),
    ]);

    const supervisorView = new SupervisionSection(
      await supervisorBoard.openCard(supervisorBoard.card(task.title)),
    );
    // The reason is required: the step cannot be confirmed without one.
    await supervisorView.action('Return').click();
    const form = supervisorView.root.getByRole('form', { name: 'Return' });
    expect(await form.getByRole('button', { name: 'Return', exact: true }).isDisabled()).toBe(true);
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await supervisorView.take('Return', 'Reason for returning (required)', 'No permit list attached');

    const memberCard = memberBoard.cardIn('in_progress', task.title);
    await memberCard.getByText('Returned ×1').waitFor({ timeout: LIVE_TIMEOUT });
    const memberView = new SupervisionSection(await memberBoard.openCard(memberCard));
    await memberView.fact('Returned once — latest reason: No permit list attached').waitFor();
    await memberView.action('Submit for verification').waitFor();
    expect(await serverTask(task)).toMatchObject({ status: 'in_progress', returnCount: 1 });
  });

  it('shows a closed task read-only to its department, and lets a supervisor reopen it with a reason', async () => {
    const board = await suite.factory.board({ title: 'Rectification follow-up' });
    const supervisor = await suite.factory.user('supervisor');
    const member = await suite.factory.user('member', ecology.id);
    const task = await suite.factory.task(board.id, {
      title: 'Dredge the silted river mouth',
      leadDepartmentId: ecology.id,
    });
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    await member.post(`/api/tasks/${task.id}/submit`, { result: 'Dredged', version: 3 }).expect(200);
    await supervisor.post(`/api/tasks/${task.id}/verify`, { note: 'Seen on site', version: 4 }).expect(200);
    const [memberBoard, supervisorBoard] = await Promise.all([
      suite.openBoard(member, board.id),
      suite.openBoard(supervisor, board.id),
    ]);

    const memberPanel = await memberBoard.openCard(memberBoard.cardIn('done', task.title));
    await memberPanel.notice('Closed: read-only; a supervisor can reopen it.').waitFor();
    expect(await memberPanel.progressSlider().isDisabled()).toBe(true);
    expect(await memberPanel.saveButton().count()).toBe(0);
    expect(await new SupervisionSection(memberPanel).action('Reopen').count()).toBe(0);

    const supervisorView = new SupervisionSection(
      await supervisorBoard.openCard(supervisorBoard.cardIn('done', task.title)),
    );
    await supervisorView.take('Reopen', 'Reason for reopening (required)', 'Silt is back after the flood');

    await memberBoard.cardIn('in_progress', task.title).waitFor({ timeout: LIVE_TIMEOUT });
    expect(await serverTask(task)).toMatchObject({
      status: 'in_progress',
      reopenReason: 'Silt is back after the flood',
    });
  });
});
