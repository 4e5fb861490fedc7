import type { DepartmentView, TaskView } from '@duban/contracts';
import { ApiClient } from '@duban/api/testing';
import type { Dialog, Locator, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { localDay } from './calendar';
import type { BoardPage } from './pages/board-page';
import type { TaskPanel } from './pages/task-panel';
import { graceForWhatMustNotHappen } from './waiting';

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const LEAVE_QUESTION = 'Your changes to this task are not saved. Leave and discard them?';
const pastQuestion = (deadline: string) => `The deadline ${deadline} is in the past. Save anyway?`;

/** Answers the next question the page asks (confirm, or the browser's own "Leave site?"), and gives it back. */
function answerNextDialog(page: Page, accept: boolean): Promise<Dialog> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      void (accept ? dialog.accept() : dialog.dismiss()).then(() => resolve(dialog));
    });
  });
}

/** Every question the page asks from now on, each refused: a story asserts there were none. */
function recordDialogs(page: Page): string[] {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  return asked;
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`Not on screen: ${locator.toString()}`);
  return box;
}

/** The header's controls, which an open task panel must leave in reach. */
function headerControls(page: Page) {
  const header = page.getByRole('banner');
  return {
    header,
    bell: page.getByTestId('notification-center').getByRole('button').first(),
    language: page.getByRole('navigation').getByRole('button', { name: /^(中文|English)$/ }),
    signOut: page.getByRole('button', { name: /^(Sign out|退出登录)$/ }),
  };
}

describe('The task panel and the task forms', () => {
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

  /** A department account named the way departments name theirs: the department, then the person. */
  async function departmentAccount(displayName: string): Promise<ApiClient> {
    const username = `ecology-${Date.now()}-${Math.floor(Math.random() * 1000)}`;
    const password = 'password-1234';
    await suite.admin
      .post('/api/users', { username, password, displayName, role: 'member', departmentId: ecology.id })
      .expect(201);
    return ApiClient.login(suite.testApp.url, username, password);
  }

  async function openTask(boardPage: BoardPage, title: string): Promise<TaskPanel> {
    const panel = await boardPage.openCard(boardPage.card(title));
    await panel.heading(title).waitFor();
    return panel;
  }

  it('lays the progress report out: a wide text box, then the progress and "Post report" on their own row', async () => {
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const task = await suite.factory.task(board.id, {
      title: 'Dredge the black and odorous Xiaoqing River',
      leadDepartmentId: ecology.id,
    });
    const liNa = await departmentAccount('Ecology and Environment Bureau (Li Na)');
    await liNa.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    const boardPage = await suite.openBoard(liNa, board.id);
    const { page } = boardPage;
    const panel = await openTask(boardPage, task.title);
    const form = await panel.openReports();

    for (const [size, viewport] of [
      ['desk', DESK],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await form.root.scrollIntoViewIfNeeded();
      const whole = await boxOf(form.root);
      const text = await boxOf(form.text());
      const slider = await boxOf(form.progress());
      const post = await boxOf(form.postButton());
      // The text box takes the form's width and several lines, not a sliver beside the label.
      expect(text.width).toBeGreaterThanOrEqual(whole.width - 2);
      expect(text.height).toBeGreaterThanOrEqual(80);
      // The progress and the button come after it, below, and the slider is wide enough to aim at.
      expect(slider.y).toBeGreaterThanOrEqual(text.y + text.height);
      expect(post.y).toBeGreaterThanOrEqual(text.y + text.height);
      expect(slider.width).toBeGreaterThanOrEqual(120);
      expect(post.x + post.width).toBeLessThanOrEqual(whole.x + whole.width + 1);
      await page.screenshot({ path: screenshotPath(`task-panel-report-form-${size}`) });
    }

    await page.setViewportSize(DESK);
    await form.text().fill('Dredged 3 of the 5 km; the outfalls upstream are closed.');
    await form.progress().fill('60');
    await form.postButton().click();
    const report = panel.reports().filter({ hasText: 'Dredged 3 of the 5 km' });
    await report.waitFor();
    // The author's department once, though the account is named after it.
    expect(await report.innerText()).toMatch(
      /^60% · Ecology and Environment Bureau \(Li Na\): Dredged 3 of the 5 km; the outfalls upstream are closed\./,
    );

    await boardPage.languageToggle().filter({ hasText: '中文' }).click();
    await form.postButton().filter({ hasText: '提交反馈' }).waitFor();
    await page.screenshot({ path: screenshotPath('task-panel-report-form-desk-zh') });
    await page.setViewportSize(PHONE);
    await form.root.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('task-panel-report-form-phone-zh') });
  });

  it('leaves the bell, the language switch and sign-out in reach with a task open, on a desk and on a phone', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { title: 'Publish the air quality bulletin weekly' });
    // Signing out ends the session on the server too: not the administrator's, which the other stories use.
    const supervisor = await suite.factory.user('supervisor');
    const boardPage = await suite.openBoard(supervisor, board.id);
    const { page } = boardPage;
    const panel = await openTask(boardPage, task.title);
    const controls = headerControls(page);

    for (const [size, viewport] of [
      ['desk', DESK],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      const header = await boxOf(controls.header);
      const drawer = await boxOf(panel.root);
      expect(drawer.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
      expect(drawer.y + drawer.height).toBeLessThanOrEqual(viewport.height + 1);
      await page.screenshot({ path: screenshotPath(`task-panel-header-${size}`) });

      // Clicks land on the controls themselves (Playwright refuses a click something else would catch).
      await controls.bell.click({ timeout: 2000 });
      await page.getByRole('heading', { name: /^(Notifications|通知)$/ }).waitFor();
      await controls.bell.click({ timeout: 2000 });
      await controls.language.filter({ hasText: '中文' }).click({ timeout: 2000 });
      await panel.closeButton().filter({ hasText: '关闭' }).waitFor();
      await page.screenshot({ path: screenshotPath(`task-panel-header-${size}-zh`) });
      await controls.language.filter({ hasText: 'English' }).click({ timeout: 2000 });
      await panel.closeButton().filter({ hasText: 'Close' }).waitFor();
      await controls.signOut.waitFor();
      await controls.signOut.click({ trial: true, timeout: 2000 });
    }

    await controls.signOut.click({ timeout: 2000 });
    await page.getByRole('button', { name: /^(Sign in|登录)$/ }).waitFor();
  });

  it('refuses a deadline outside 2000–2099 and asks before creating a task that is already overdue', async () => {
    const board = await suite.factory.board();
    const boardPage = await suite.openBoard(suite.admin, board.id);
    const { page } = boardPage;
    const dialog = await boardPage.newTask();
    const title = 'Clear the illegal landfill at Dongshan';

    await dialog.fill({ title, deadline: '9999-12-31' });
    const asked = recordDialogs(page);
    await dialog.submit();
    await dialog.root.getByText('Choose a date from 2000-01-01 to 2099-12-31.').waitFor();
    expect(asked).toEqual([]);
    await page.screenshot({ path: screenshotPath('create-task-deadline-out-of-range') });
    page.removeAllListeners('dialog');

    const past = localDay(-10);
    await dialog.field('Deadline').fill(past);
    const declined = answerNextDialog(page, false);
    await dialog.submit();
    expect((await declined).message()).toBe(pastQuestion(past));
    await graceForWhatMustNotHappen(page);
    expect(await dialog.root.isVisible()).toBe(true);
    expect(await boardPage.card(title).count()).toBe(0);

    const accepted = answerNextDialog(page, true);
    await dialog.submit();
    expect((await accepted).message()).toBe(pastQuestion(past));
    await dialog.root.waitFor({ state: 'detached' });
    await boardPage.card(title).waitFor();
  });

  it('asks before moving a deadline into the past, and only then', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, {
      title: 'Relocate the Xishan chemical plant',
      deadline: localDay(30),
    });
    const boardPage = await suite.openBoard(suite.admin, board.id);
    const { page } = boardPage;
    const panel = await openTask(boardPage, task.title);
    const deadline = panel.field('Deadline');
    expect(await deadline.getAttribute('min')).toBe('2000-01-01');
    expect(await deadline.getAttribute('max')).toBe('2099-12-31');

    const asked = recordDialogs(page);
    await deadline.fill(localDay(5));
    await panel.save();
    expect(asked).toEqual([]);
    page.removeAllListeners('dialog');

    const past = localDay(-3);
    await deadline.fill(past);
    const declined = answerNextDialog(page, false);
    await panel.saveButton().click();
    expect((await declined).message()).toBe(pastQuestion(past));
    await panel.notice(/^Unsaved changes$/).waitFor();
    expect((await serverTask(task))?.deadline).toBe(localDay(5));

    const accepted = answerNextDialog(page, true);
    await panel.saveButton().click();
    await accepted;
    await panel.notice(/^Saved$/).waitFor();
    expect((await serverTask(task))?.deadline).toBe(past);
  });

  it('warns before unsaved edits are lost by leaving the task or reloading, and never when all is saved', async () => {
    const board = await suite.factory.board();
    const first = await suite.factory.task(board.id, { title: 'Install online monitors at 12 outfalls' });
    const second = await suite.factory.task(board.id, { title: 'Repair the Nanhu sewage pipes' });
    const boardPage = await suite.openBoard(suite.admin, board.id);
    const { page } = boardPage;
    const panel = await openTask(boardPage, first.title);
    const description = panel.field('Description');
    await description.fill('Half of the monitors are bought; the rest');

    // Close: "Cancel" keeps the panel and what was typed.
    let asked = answerNextDialog(page, false);
    await panel.closeButton().click();
    expect((await asked).message()).toBe(LEAVE_QUESTION);
    expect(await description.inputValue()).toBe('Half of the monitors are bought; the rest');
    expect(page.url()).toContain(`/tasks/${first.id}`);

    // The browser's Back button asks too.
    asked = answerNextDialog(page, false);
    await page.goBack();
    expect((await asked).message()).toBe(LEAVE_QUESTION);
    await panel.heading(first.title).waitFor();

    // Reloading brings up the browser's own question.
    asked = answerNextDialog(page, false);
    void page.reload().catch(() => undefined);
    expect((await asked).type()).toBe('beforeunload');
    expect(await description.inputValue()).toBe('Half of the monitors are bought; the rest');

    // Another card: "OK" leaves, and the edit is dropped.
    asked = answerNextDialog(page, true);
    await boardPage.card(second.title).click();
    expect((await asked).message()).toBe(LEAVE_QUESTION);
    await panel.heading(second.title).waitFor();
    expect((await serverTask(first))?.description).toBe('');

    // Nothing to lose, nothing asked: neither on closing nor on reloading.
    const none = recordDialogs(page);
    await panel.close();
    await boardPage.openCard(boardPage.card(first.title));
    await panel.heading(first.title).waitFor();
    await panel.field('Description').fill('All 12 monitors installed');
    await panel.save();
    await page.reload();
    await panel.heading(first.title).waitFor();
    await panel.close();
    expect(none).toEqual([]);
  });

  it('counts the title towards its 200 characters once it passes 160', async () => {
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { title: 'Short title' });
    const boardPage = await suite.openBoard(suite.admin, board.id);
    const panel = await openTask(boardPage, task.title);
    const title = panel.field('Title');

    await title.fill('督'.repeat(150));
    await graceForWhatMustNotHappen(boardPage.page, 200);
    expect(await panel.lengthCounter().count()).toBe(0);
    await title.fill('督'.repeat(170));
    await panel.lengthCounter().filter({ hasText: '170 / 200' }).waitFor();
    const field = await boxOf(title);
    const counter = await boxOf(panel.lengthCounter());
    // Under the title, not somewhere else in the panel.
    expect(counter.y).toBeGreaterThanOrEqual(field.y + field.height);
    expect(counter.y).toBeLessThan(field.y + field.height + 40);
    await boardPage.page.screenshot({ path: screenshotPath('task-panel-title-counter') });

    const dialog = await boardPage.newTask();
    await dialog.field('Title').fill('x'.repeat(200));
    await dialog.root.getByTestId('length-counter').filter({ hasText: '200 / 200' }).waitFor();
    await boardPage.page.setViewportSize(PHONE);
    await boardPage.page.screenshot({ path: screenshotPath('create-task-title-counter-phone') });
  });
});
