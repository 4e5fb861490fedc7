import type { BoardView, DepartmentView, TaskView } from '@duban/contracts';
import { samplePdf, samplePng, type ApiClient } from '@duban/api/testing';
import type { Locator, Page } from 'playwright-core';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { BoardPage } from './pages/board-page';
import { measurePageWidth } from './pages/page-width';
import type { TaskPanel } from './pages/task-panel';
import { imageLoaded, TaskFiles, type ChosenFile } from './pages/task-files';
import type { BrowserLocale, ViewportName } from './session';
import { LIVE_TIMEOUT } from './waiting';

/** A real PNG, as a camera or a screenshot tool would hand it to the file chooser. */
async function photo(name: string): Promise<ChosenFile> {
  const { bytes } = await samplePng(name, 64, 48);
  return { name, mimeType: 'image/png', buffer: bytes };
}

/** The supervision section's step form ("Submit for verification", "Verify and close"). */
function stepForm(panel: TaskPanel, name: string): Locator {
  return panel.root.getByTestId('supervision').getByRole('form', { name });
}

async function openStep(panel: TaskPanel, name: string): Promise<Locator> {
  await panel.root.getByTestId('supervision').getByRole('button', { name, exact: true }).click();
  const form = stepForm(panel, name);
  await form.waitFor();
  return form;
}

/** Fails naming the elements that stick out when the document is wider than the window. */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  const width = await measurePageWidth(page);
  expect(width.scrollWidth <= width.innerWidth ? [] : [name, width]).toEqual([]);
}

describe('Evidence files (佐证材料) on a task', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
  });

  /** A task the ecology bureau has signed for and started: its files may change. */
  async function taskInProgress(title: string) {
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const task = await suite.factory.task(board.id, { title, leadDepartmentId: ecology.id }, supervisor);
    await member.post(`/api/tasks/${task.id}/acknowledge`, {}).expect(200);
    await member
      .post(`/api/tasks/${task.id}/move`, { status: 'in_progress', afterTaskId: null, version: 2 })
      .expect(200);
    return { board, task, supervisor, member };
  }

  async function openTask(
    user: ApiClient,
    board: BoardView,
    task: TaskView,
    options: { size?: ViewportName; locale?: BrowserLocale } = {},
  ): Promise<{ boardPage: BoardPage; panel: TaskPanel }> {
    const session = await suite.signIn(user, options);
    const boardPage = await BoardPage.open(session.page, suite.testApp.url, board.id);
    const panel = await boardPage.openCard(boardPage.card(task.title));
    return { boardPage, panel };
  }

  it('a member attaches a photo, the supervisor sees it arrive live, and verifies with it beside the result', async () => {
    const { board, task, supervisor, member } = await taskInProgress(
      'Restore the riverbank at the old quarry',
    );
    const [memberSide, supervisorSide] = await Promise.all([
      openTask(member, board, task, { size: 'desk' }),
      openTask(supervisor, board, task),
    ]);
    const supervisorFiles = await TaskFiles.openTab(supervisorSide.panel);
    await supervisorFiles.root.getByText('No evidence files yet.').waitFor();
    expect(await supervisorSide.boardPage.card(task.title).getByTestId('card-files').count()).toBe(0);

    // The member picks a photo in the Files tab: its upload runs to the end, and its thumbnail shows.
    const memberFiles = await TaskFiles.openTab(memberSide.panel);
    const picked = await memberFiles.attach(memberSide.boardPage.page, await photo('riverbank-after.png'));
    expect(picked.multiple).toBe(true);
    const upload = memberFiles.upload('riverbank-after.png');
    await upload.and(memberSide.panel.root.locator('[data-state="done"]')).waitFor();
    expect(await upload.getByRole('progressbar').getAttribute('value')).toBe('100');
    await memberFiles.thumbnail('riverbank-after.png').waitFor();
    expect(await imageLoaded(memberFiles.thumbnail('riverbank-after.png'))).toBe(true);
    await memberFiles.file('riverbank-after.png').getByText('Test member').waitFor();
    await TaskFiles.tab(memberSide.panel).filter({ hasText: 'Files (1)' }).waitFor();
    await memberSide.boardPage.page.screenshot({ path: screenshotPath('attachments-uploaded-desk-en') });

    // The supervisor's board counts it on the card, and the open Files tab lists it, without a reload.
    await supervisorSide.boardPage
      .card(task.title)
      .getByTestId('card-files')
      .filter({ hasText: '1' })
      .waitFor({ timeout: LIVE_TIMEOUT });
    await supervisorFiles.file('riverbank-after.png').waitFor({ timeout: LIVE_TIMEOUT });
    await TaskFiles.tab(supervisorSide.panel).filter({ hasText: 'Files (1)' }).waitFor();

    // The thumbnail opens the whole picture; Escape closes the viewer and leaves the panel open.
    await supervisorFiles.thumbnail('riverbank-after.png').click();
    const viewer = supervisorSide.boardPage.page.getByTestId('image-viewer');
    await viewer.getByRole('img', { name: 'riverbank-after.png' }).waitFor();
    expect(await imageLoaded(viewer.getByRole('img'))).toBe(true);
    await supervisorSide.boardPage.page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await supervisorSide.panel.root.isVisible()).toBe(true);

    // Submitting shows the evidence, and lets the department add more before it goes.
    const submit = await openStep(memberSide.panel, 'Submit for verification');
    await new TaskFiles(submit).file('riverbank-after.png').waitFor();
    await new TaskFiles(submit).chooseButton().waitFor();
    await submit.getByLabel('Result').fill('The riverbank is replanted along all 800 metres');
    await submit.getByRole('button', { name: 'Submit for verification', exact: true }).click();
    await submit.waitFor({ state: 'detached' });

    // The verifier reads the result with the photo in the step itself, and closes the task.
    const verify = await openStep(supervisorSide.panel, 'Verify and close');
    const review = verify.getByTestId('supervision-review');
    await review
      .getByText('The riverbank is replanted along all 800 metres')
      .waitFor({ timeout: LIVE_TIMEOUT });
    const evidence = new TaskFiles(review);
    await evidence.thumbnail('riverbank-after.png').waitFor();
    expect(await imageLoaded(evidence.thumbnail('riverbank-after.png'))).toBe(true);
    // Under review the files are frozen: the verifier sees them, nobody may change them.
    expect(await evidence.chooseButton().count()).toBe(0);
    expect(await review.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await verify.getByLabel('Verification note').fill('Checked the photo against the site visit');
    await verify.getByRole('button', { name: 'Verify and close', exact: true }).click();
    await verify.waitFor({ state: 'detached' });
  });

  it('at phone size a member attaches from the file picker and sees the file listed, nothing scrolling sideways', async () => {
    const { board, task, member } = await taskInProgress(
      'Photograph the repaired sewage outfall at the north bank',
    );
    const { boardPage, panel } = await openTask(member, board, task, { size: 'phone' });
    const files = await TaskFiles.openTab(panel);
    await expectNoSidewaysScroll(boardPage.page, 'Files tab');

    await files.attach(boardPage.page, await photo('north-bank-outfall-after-repair-2021-06-03.png'));
    await files.thumbnail('north-bank-outfall-after-repair-2021-06-03.png').waitFor();
    expect(await imageLoaded(files.thumbnail('north-bank-outfall-after-repair-2021-06-03.png'))).toBe(true);
    await expectNoSidewaysScroll(boardPage.page, 'Files tab with a file');
  });

  it('sends files chosen with a comment or a progress report after it, and shows them under it', async () => {
    const { board, task, member } = await taskInProgress('Dredge the black and odorous river section');
    const { boardPage, panel } = await openTask(member, board, task);
    const { page } = boardPage;

    const commentForm = new TaskFiles(panel.root.locator('form.comment-form'));
    await commentForm.attach(page, await photo('dredger-at-work.png'));
    await commentForm.root.getByTestId('chosen-file').filter({ hasText: 'dredger-at-work.png' }).waitFor();
    await commentForm.root.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('attachments-comment-file-chosen') });
    const comment = await panel.postComment('The dredger started this morning.', 'The dredger started');
    await new TaskFiles(comment).thumbnail('dredger-at-work.png').waitFor();
    expect(await commentForm.root.getByTestId('chosen-file').count()).toBe(0);

    const reportForm = await panel.openReports();
    const reportFiles = new TaskFiles(reportForm.root);
    await reportFiles.attach(page, await photo('section-two-dredged.png'));
    await reportForm.text().fill('Section two dredged');
    await reportForm.postButton().click();
    const report = panel.reports().filter({ hasText: 'Section two dredged' });
    await new TaskFiles(report).thumbnail('section-two-dredged.png').waitFor();

    // The Files tab lists each with its place: neither is the task's own evidence.
    const files = await TaskFiles.openTab(panel);
    await files.root.getByRole('region', { name: 'On comments' }).getByText('dredger-at-work.png').waitFor();
    await files.root
      .getByRole('region', { name: 'On progress reports' })
      .getByText('section-two-dredged.png')
      .waitFor();
    await files.root.getByText('No evidence files yet.').waitFor();
  });

  it('opens a PDF in a new tab and saves any other file under its own name', async () => {
    const { board, task, member } = await taskInProgress('Publish the acceptance of the rectified quarries');
    await member.upload(task.id, samplePdf('acceptance-form.pdf')).expect(201);
    const notes = {
      name: 'site-notes.txt',
      bytes: Buffer.from('North bank: replanted.\n'),
      contentType: 'text/plain',
    };
    await member.upload(task.id, notes).expect(201);
    const { boardPage, panel } = await openTask(member, board, task);
    const files = await TaskFiles.openTab(panel);

    const [tab] = await Promise.all([
      boardPage.page.context().waitForEvent('page'),
      files
        .file('acceptance-form.pdf')
        .getByRole('button', { name: 'acceptance-form.pdf', exact: true })
        .click(),
    ]);
    await tab.waitForURL(/^blob:/);
    await tab.close();

    const [download] = await Promise.all([
      boardPage.page.waitForEvent('download'),
      files.file('site-notes.txt').getByRole('button', { name: 'site-notes.txt', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('site-notes.txt');
  });

  describe('screenshots of the Files tab and the verify step', () => {
    const cases: [ViewportName, BrowserLocale][] = [
      ['desk', 'en-US'],
      ['desk', 'zh-CN'],
      ['phone', 'en-US'],
      ['phone', 'zh-CN'],
    ];

    it.each(cases)('at %s size in %s', async (size, locale) => {
      const { board, task, supervisor, member } = await taskInProgress(
        'Relocate the polluting enterprises out of the city centre',
      );
      await member.upload(task.id, await samplePng('site-inspection.png', 64, 48)).expect(201);
      const report = await member
        .post(`/api/tasks/${task.id}/reports`, {
          text: 'Eight of twelve enterprises relocated',
          progress: 70,
        })
        .expect(201);
      await member
        .upload(task.id, await samplePng('relocation-survey.png', 48, 64), {
          reportId: report.body.id as string,
        })
        .expect(201);
      const { version } = (await supervisor.get(`/api/boards/${board.id}`).expect(200)).body.tasks.find(
        (candidate: TaskView) => candidate.id === task.id,
      ) as TaskView;
      await member
        .post(`/api/tasks/${task.id}/submit`, {
          result: 'All twelve enterprises relocated to the park',
          version,
        })
        .expect(200);
      const tag = `${size}-${locale === 'zh-CN' ? 'zh' : 'en'}`;
      const { boardPage, panel } = await openTask(supervisor, board, task, { size, locale });
      const { page } = boardPage;

      const files = await TaskFiles.openTab(panel);
      await files.thumbnail('site-inspection.png').waitFor();
      await files.thumbnail('relocation-survey.png').waitFor();
      await files.root.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page, `Files tab ${tag}`);
      await page.screenshot({ path: screenshotPath(`attachments-files-tab-${tag}`) });

      const verifyName = locale === 'zh-CN' ? '审核销号' : 'Verify and close';
      const verify = await openStep(panel, verifyName);
      await new TaskFiles(verify).thumbnail('site-inspection.png').waitFor();
      // Only the task's own files are the evidence: the report's stays with the report.
      expect(await new TaskFiles(verify).file('relocation-survey.png').count()).toBe(0);
      await verify.scrollIntoViewIfNeeded();
      await expectNoSidewaysScroll(page, `verify step ${tag}`);
      await page.screenshot({ path: screenshotPath(`attachments-verify-step-${tag}`) });
    });
  });
});
