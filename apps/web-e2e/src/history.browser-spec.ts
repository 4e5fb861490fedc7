import type { AuditVerification, DepartmentView } from '@duban/contracts';
import { screenshotPath } from './browser';
import { localDay } from './calendar';
import { BoardPage } from './pages/board-page';
import { HistoryPage } from './pages/history-page';
import { TaskPanel } from './pages/task-panel';
import { LIVE_TIMEOUT } from './waiting';
import { tamperWith } from '@duban/api/testing';
import { useBrowserSuite } from './browser-suite';

describe('The board history (操作记录): who changed what, when, before and after', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let industry: DepartmentView;

  beforeAll(async () => {
    [ecology, industry] = await Promise.all([
      suite.factory.department('Ecology and Environment Bureau'),
      suite.factory.department('Industry and Information Technology Bureau'),
    ]);
  });

  async function postReport(panel: TaskPanel, text: string, steps: number): Promise<void> {
    await panel.root.getByRole('tab', { name: /Progress reports/ }).click();
    const reports = panel.root.getByRole('tabpanel');
    await reports.getByLabel('Progress report').fill(text);
    const slider = reports.getByRole('slider');
    await slider.focus();
    for (let step = 0; step < steps; step += 1) await slider.press('ArrowRight');
    await reports.getByRole('button', { name: 'Post report', exact: true }).click();
    await panel.root.getByTestId('report').filter({ hasText: text }).waitFor();
  }

  it('shows an edit’s before → after, narrows by actor, kind and task, and takes in others’ changes live', async () => {
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const [supervisor, member] = await Promise.all([
      suite.factory.user('supervisor'),
      suite.factory.user('member', ecology.id),
    ]);
    const quarries = await suite.factory.task(
      board.id,
      { title: 'Close the illegal sand quarries', leadDepartmentId: industry.id, deadline: '2031-06-30' },
      supervisor,
    );
    const outfalls = await suite.factory.task(board.id, { title: 'Survey the sewage outfalls' }, supervisor);

    // The supervisor reassigns the quarries to the Ecology bureau and gives them two more weeks.
    const supervisorBoard = await suite.openBoard(supervisor, board.id);
    const panel = await supervisorBoard.openCard(supervisorBoard.card(quarries.title));
    await panel.field('Deadline').fill('2031-07-15');
    await panel.field('Lead department').selectOption({ label: ecology.name });
    await panel.save();
    await panel.close();

    // In another browser, the Ecology bureau's member comments on it.
    const memberBoard = await suite.openBoard(member, board.id);
    const memberPanel = await memberBoard.openCard(memberBoard.card(quarries.title));
    await memberPanel.postComment('We will start with the quarries on the north bank.', 'north bank');

    const history = await supervisorBoard.showHistory();
    expect(await history.sentences(5)).toEqual([
      'Test member commented',
      'Test supervisor changed lead department, deadline',
      'Test supervisor created the task',
      'Test supervisor created the task',
      'Administrator created the board',
    ]);
    const edit = history.entry('Test supervisor changed lead department');
    await history.change(edit, `Lead department: ${industry.name} → ${ecology.name}`).waitFor();
    await history.change(edit, 'Deadline: 2031-06-30 → 2031-07-15').waitFor();
    expect(await history.taskOf(edit).innerText()).toBe(quarries.title);
    await history
      .change(
        history.entry('Test member commented'),
        'Comment: We will start with the quarries on the north bank.',
      )
      .waitFor();
    await supervisorBoard.page.screenshot({ path: screenshotPath('history-board') });

    // By actor: only what the member did.
    await history.filterByActor(member.user.id);
    expect(await history.sentences(1)).toEqual(['Test member commented']);
    // A link to the filtered view shows the same entries to whoever opens it.
    const shared = supervisorBoard.page.url();
    expect(new URL(shared).searchParams.get('actor')).toBe(member.user.id);
    await history.clearFilters();
    await history.shown(5).waitFor();

    // By kind: task changes only (two creations and the edit), then by task: only the outfalls.
    await history.filterByCategory('Task changes');
    expect(await history.sentences(3)).toEqual([
      'Test supervisor changed lead department, deadline',
      'Test supervisor created the task',
      'Test supervisor created the task',
    ]);
    await history.filterByCategory('All kinds');
    await history.filterByTask('sewage', outfalls.title);
    expect(await history.sentences(1)).toEqual(['Test supervisor created the task']);
    expect(await history.taskOf(history.entries().first()).innerText()).toBe(outfalls.title);
    await history.clearFilters();
    await history.shown(5).waitFor();
    expect(await history.taskFilter().inputValue()).toBe('');

    // By day: nothing from tomorrow on, everything today.
    await history.filterByDays(localDay(1), null);
    await history.nothingMatches().waitFor();
    await history.filterByDays(localDay(0), localDay(0));
    await history.shown(5).waitFor();
    await history.clearFilters();

    // The task's name opens its panel over the history; closing it comes back to the history.
    await history.taskOf(history.entry('Test member commented')).click();
    const opened = new TaskPanel(supervisorBoard.page);
    await opened.heading(quarries.title).waitFor();
    // Its own history tab tells the same, and narrows by kind the same way.
    await opened.root.getByRole('tab', { name: 'History' }).click();
    const taskHistory = opened.root.getByRole('tabpanel');
    const taskEdit = taskHistory.getByTestId('history-entry').filter({ hasText: 'changed lead department' });
    await history.change(taskEdit, 'Deadline: 2031-06-30 → 2031-07-15').waitFor();
    await supervisorBoard.page.screenshot({ path: screenshotPath('history-task-panel') });
    await taskHistory.getByLabel('Kind of change', { exact: true }).selectOption({ label: 'Comments' });
    await taskEdit.waitFor({ state: 'detached' });
    expect(await taskHistory.getByTestId('history-line').allInnerTexts()).toEqual(['Test member commented']);
    await opened.close();
    await history.shown(5).waitFor();

    // Live, with a filter on: a report from the other browser appears, the comment before it does not.
    await history.filterByCategory('Progress reports');
    await history.nothingMatches().waitFor();
    await memberPanel.postComment('The permits list is attached.', 'permits list');
    await postReport(memberPanel, 'Four of the nine quarries are closed.', 8);
    const report = history.entry('Test member reported 40%: Four of the nine quarries are closed.');
    await report.waitFor({ timeout: LIVE_TIMEOUT });
    await history.change(report, 'Progress: 0% → 40%').waitFor();
    expect(await history.sentences(1)).toEqual([
      'Test member reported 40%: Four of the nine quarries are closed.',
    ]);

    // A deleted task keeps its name in the history, from what its deletion recorded.
    await history.filterByCategory('Task changes');
    await history.shown(3).waitFor();
    await supervisor.delete(`/api/tasks/${outfalls.id}?version=${outfalls.version}`).expect(204);
    const deletion = history.entry('Test supervisor deleted the task');
    await deletion.waitFor({ timeout: LIVE_TIMEOUT });
    expect(await history.taskOf(deletion).innerText()).toBe(outfalls.title);
    expect(await deletion.getByText('deleted', { exact: true }).count()).toBe(1);

    // The shared link, opened afresh: the member's changes only, including the ones made since.
    const reader = await suite.signIn(supervisor);
    await reader.page.goto(shared);
    const readerBoard = new BoardPage(reader.page);
    await readerBoard.waitUntilLive();
    const sharedHistory = new HistoryPage(reader.page);
    expect(await sharedHistory.sentences(3)).toEqual([
      'Test member reported 40%: Four of the nine quarries are closed.',
      'Test member commented',
      'Test member commented',
    ]);

    // In Chinese, with the glossary's terms.
    await readerBoard.languageToggle().filter({ hasText: '中文' }).click();
    const reportZh = sharedHistory.entry('Test member 反馈进展 40%：Four of the nine quarries are closed.');
    await sharedHistory.change(reportZh, '进度：0% → 40%').waitFor();
    await reader.page.screenshot({ path: screenshotPath('history-board-zh') });
  });

  it('downloads the record as CSV, verifies it, and shows when an entry was altered in the database', async () => {
    const board = await suite.factory.board({ title: 'Standing Committee follow-up' });
    const task = await suite.factory.task(board.id, { title: 'Publish the task list' });
    await suite.admin.patch(`/api/tasks/${task.id}`, { deadline: '2031-05-31', version: 1 }).expect(200);
    const history = await (await suite.openBoard(suite.admin, board.id)).showHistory();
    // The board's creation, the task's and its edit.
    await history.shown(3).waitFor();

    expect(await history.verifyRecord()).toMatch(
      /^Intact: all 3 entries checked, none altered or removed\. Fingerprint: [0-9a-f]{64}$/,
    );
    const verification = (await suite.admin.get(`/api/boards/${board.id}/audit/verify`).expect(200))
      .body as AuditVerification;
    expect(await history.page.getByTestId('integrity-fingerprint').innerText()).toBe(verification.headHash);
    const csv = await history.downloadCsv();
    expect(csv.fileName).toBe('board-history.csv');
    expect(csv.text).toContain(`task.updated,${task.id},Publish the task list,task,deadline,,2031-05-31`);

    // Someone with database access rewrites the deadline the change set.
    await tamperWith(
      suite.testApp.dataSource,
      `UPDATE board_events SET changes = jsonb_set(changes, '{0,after}', '"2031-12-31"') WHERE "boardId" = $1 AND seq = 3`,
      [board.id],
    );
    expect(await history.verifyRecord()).toBe(
      'Tampered with: entry #3 was altered or removed; the 2 entries before it are intact.',
    );
  });
});
