import type { DepartmentView, TaskView } from '@duban/contracts';
import type { Request } from 'playwright-core';
import { screenshotPath } from './browser';
import { eventually, graceForWhatMustNotHappen } from './waiting';
import { useBrowserSuite } from './browser-suite';

const ASSIGNMENT_FIELDS = ['Kind', 'Deadline', 'Lead department', 'Responsible leader'];
const XSS_FLAG = () => (globalThis as { __xss?: unknown }).__xss;

describe('What each person may do, and what nobody can do to them', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let commerce: DepartmentView;

  beforeAll(async () => {
    [ecology, commerce] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Commerce Bureau'),
    ]);
  });

  async function statusOnServer(task: TaskView): Promise<string | undefined> {
    const snapshot = (await suite.admin.get(`/api/boards/${task.boardId}`).expect(200)).body as {
      tasks: TaskView[];
    };
    return snapshot.tasks.find((candidate) => candidate.id === task.id)?.status;
  }

  it('lets a member move their department’s cards but not another department’s', async () => {
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const own = await suite.factory.task(board.id, {
      title: 'Close the illegal sand quarries along the river',
      leadDepartmentId: ecology.id,
    });
    const others = await suite.factory.task(board.id, {
      title: 'Open a cross-border e-commerce pilot zone',
      leadDepartmentId: commerce.id,
    });
    const member = await suite.factory.user('member', ecology.id);
    // The department has signed for its task (签收), so it may start work on it.
    await member.post(`/api/tasks/${own.id}/acknowledge`, {}).expect(200);
    const boardPage = await suite.openBoard(member, board.id);
    const ownCard = boardPage.card(own.title);
    const othersCard = boardPage.card(others.title);
    await othersCard.waitFor();

    // Once the member's own card has its handle, permissions are known: the other card has none.
    await boardPage.moveHandle(ownCard).waitFor();
    expect(await boardPage.moveHandle(othersCard).count()).toBe(0);

    const moveRequests: Request[] = [];
    boardPage.page.on('request', (request) => {
      if (request.url().includes('/move')) moveRequests.push(request);
    });
    await boardPage.tryToDrag(othersCard, 'done');
    await graceForWhatMustNotHappen(boardPage.page);
    expect(await boardPage.cardIn('todo', others.title).count()).toBe(1);
    expect(moveRequests).toHaveLength(0);
    expect(await statusOnServer(others)).toBe('todo');

    // The same gesture on their own department's card does move it: the refusal above was no accident.
    await boardPage.dragCard(ownCard, 'in_progress');
    await boardPage.cardIn('in_progress', own.title).waitFor();
    expect(
      await eventually(
        () => statusOnServer(own),
        (status) => status === 'in_progress',
      ),
    ).toBe('in_progress');
  });

  it('shows a member the assignment greyed out, and another department’s task read-only', async () => {
    const board = await suite.factory.board({ title: 'Opening up further: tasks for 2021' });
    const own = await suite.factory.task(board.id, {
      title: 'Survey the pollution permits of chemical plants',
      leadDepartmentId: ecology.id,
      cooperatingDepartmentIds: [commerce.id],
      deadline: '2031-06-30',
    });
    const others = await suite.factory.task(board.id, {
      title: 'Attract two headquarters of listed companies',
      leadDepartmentId: commerce.id,
    });
    const member = await suite.factory.user('member', ecology.id);
    const boardPage = await suite.openBoard(member, board.id);

    const panel = await boardPage.openCard(boardPage.card(own.title));
    await panel.heading(own.title).waitFor();
    expect(await panel.field('Title').isEnabled()).toBe(true);
    expect(await panel.progressSlider().isEnabled()).toBe(true);
    for (const label of ASSIGNMENT_FIELDS) {
      expect({ label, enabled: await panel.field(label).isEnabled() }).toEqual({ label, enabled: false });
    }
    const cooperating = panel.choiceGroup('Cooperating departments');
    expect(await cooperating.getByRole('checkbox', { name: 'Commerce Bureau' }).isChecked()).toBe(true);
    expect(await cooperating.getByRole('checkbox', { name: 'Commerce Bureau' }).isEnabled()).toBe(false);
    await panel.notice(/is set by the supervision office/).waitFor();
    await boardPage.page.screenshot({ path: screenshotPath('task-panel-member') });
    await panel.close();

    const othersPanel = await boardPage.openCard(boardPage.card(others.title));
    await othersPanel.heading(others.title).waitFor();
    await othersPanel.notice('You can read this task and comment on it, but not edit it.').waitFor();
    expect(await othersPanel.field('Title').isEnabled()).toBe(false);
    expect(await othersPanel.progressSlider().isEnabled()).toBe(false);
    expect(await othersPanel.saveButton().count()).toBe(0);
  });

  it('renders a comment with HTML and a javascript: link as inert text', async () => {
    const board = await suite.factory.board({ title: 'Political and legal team rectification' });
    const task = await suite.factory.task(board.id, { title: 'Review the case files of 2020' });
    const supervisor = await suite.factory.user('supervisor');
    const boardPage = await suite.openBoard(supervisor, board.id);
    const { page } = boardPage;
    const popups: unknown[] = [];
    page.context().on('page', (popup) => popups.push(popup));

    const panel = await boardPage.openCard(boardPage.card(task.title));
    const body =
      '<img src=x onerror="window.__xss=1">\n\nSee [click](javascript:window.__xss=2) for details.';
    const comment = await panel.postComment(body, 'for details');
    await graceForWhatMustNotHappen(page);

    // The HTML is shown as the text it is, not dropped and not run.
    expect(await comment.innerText()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await comment.locator('img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await comment.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.evaluate(XSS_FLAG)).toBeUndefined();

    const urlBefore = page.url();
    await comment.getByText('click', { exact: true }).click();
    await graceForWhatMustNotHappen(page);
    expect(await page.evaluate(XSS_FLAG)).toBeUndefined();
    expect(page.url()).toBe(urlBefore);
    expect(popups).toHaveLength(0);
  });
});
