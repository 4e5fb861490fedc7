import type { DepartmentView, UserView } from '@duban/contracts';
import { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { NotificationCenter } from './pages/notification-center';
import { LIVE_TIMEOUT } from './waiting';

const DESK = { width: 1440, height: 900 } as const;
const PHONE = { width: 390, height: 844 } as const;

describe('@mentions in comments', () => {
  const suite = useBrowserSuite();
  let ecology: DepartmentView;
  let supervisor: ApiClient;
  let wang: ApiClient;

  beforeAll(async () => {
    ecology = await suite.factory.department('Ecology and Environment Bureau');
    supervisor = await suite.factory.user('supervisor');
    const username = `wang.fang-${Date.now()}`;
    const created = await suite.admin
      .post('/api/users', {
        username,
        password: 'password-1234',
        displayName: 'Wang Fang',
        role: 'member',
        departmentId: ecology.id,
      })
      .expect(201);
    expect((created.body as UserView).displayName).toBe('Wang Fang');
    wang = await ApiClient.login(suite.testApp.url, username, 'password-1234');
  });

  it('shows a known @username as the person, linked to the board filtered to them; warns about @nobody; previews plain words', async () => {
    const board = await suite.factory.board({ title: 'Central ecological inspection: rectification' });
    const task = await suite.factory.task(board.id, {
      title: 'Close the illegal sand quarries',
      leadDepartmentId: ecology.id,
      assigneeIds: [wang.user.id],
    });
    const other = await suite.factory.task(board.id, { title: 'Survey the sewage outfalls' });
    const username = wang.user.username;

    // Wang waits on the boards list, live.
    const wangSession = await suite.signIn(wang);
    await wangSession.page.setViewportSize(DESK);
    await wangSession.page.goto(`${suite.testApp.url}/boards`);
    const center = new NotificationCenter(wangSession.page);
    await center.waitUntilLive();

    // The supervisor writes a comment at a desk: the box says Ctrl+Enter posts, and that @nobody is nobody.
    const supervisorBoard = await suite.openBoard(supervisor, board.id);
    await supervisorBoard.page.setViewportSize(DESK);
    const panel = await supervisorBoard.openCard(supervisorBoard.card(task.title));
    const box = panel.root.getByLabel(/^(New comment|发表评论)$/);
    expect(await box.getAttribute('placeholder')).toContain('Ctrl+Enter to post.');
    await box.fill(`@${username} please send the **quarry** survey. cc @nobody`);
    const unknown = panel.root.getByTestId('unknown-mentions');
    expect(await unknown.innerText()).toBe('No user named @nobody — they will not be notified.');
    await supervisorBoard.page.screenshot({ path: screenshotPath('mentions-unknown-desk-en') });
    await panel.root.getByRole('button', { name: 'Post', exact: true }).click();
    const comment = panel.comments().filter({ hasText: 'quarry survey' });
    await comment.waitFor();
    await unknown.waitFor({ state: 'detached' });

    // The mention shows Wang's name, says who she is on hover; @nobody stays as written.
    const chip = comment.getByRole('link', { name: '@Wang Fang', exact: true });
    expect(await chip.getAttribute('title')).toBe(`@${username} · ${ecology.name}`);
    expect(await comment.innerText()).toContain('@Wang Fang please send the quarry survey. cc @nobody');
    await supervisorBoard.page.screenshot({ path: screenshotPath('mentions-comment-desk-en') });

    // Wang is told at once, in plain words: no Markdown asterisks in the toast or the list.
    const preview = 'please send the quarry survey. cc @nobody';
    await center.toast(preview).waitFor({ timeout: LIVE_TIMEOUT });
    await center.open();
    const item = center.item(preview);
    await item.waitFor();
    expect(await item.innerText()).not.toContain('*');
    await wangSession.page.screenshot({ path: screenshotPath('mentions-notification-desk-en') });
    await wangSession.page.setViewportSize(PHONE);
    await wangSession.page.screenshot({ path: screenshotPath('mentions-notification-phone-en') });

    await wangSession.page.setViewportSize(DESK);
    await wangSession.page.getByRole('navigation').getByRole('button', { name: '中文', exact: true }).click();
    // Choosing the language closes the list (a click outside it); open it again, in Chinese.
    const bell = center.root.getByRole('button', { name: /^通知/ });
    if ((await bell.getAttribute('aria-expanded')) !== 'true') await bell.click();
    await center.root.getByRole('heading', { name: '通知', exact: true }).waitFor();
    await wangSession.page.screenshot({ path: screenshotPath('mentions-notification-desk-zh-CN') });

    // In Chinese the comment reads the same way, at a desk and on a phone-sized window.
    await supervisorBoard.languageToggle().filter({ hasText: '中文' }).click();
    await panel.root.getByRole('button', { name: '发表', exact: true }).waitFor();
    await supervisorBoard.page.screenshot({ path: screenshotPath('mentions-comment-desk-zh-CN') });
    await supervisorBoard.page.setViewportSize(PHONE);
    await box.fill('@nobody 请反馈');
    expect(await unknown.innerText()).toBe('未找到用户 @nobody，对方不会收到通知。');
    await chip.scrollIntoViewIfNeeded();
    await supervisorBoard.page.screenshot({ path: screenshotPath('mentions-comment-phone-zh-CN') });
    await box.fill('');

    // The chip leads to the board, filtered to Wang.
    await chip.click();
    await panel.root.waitFor({ state: 'detached' });
    const url = new URL(supervisorBoard.page.url());
    expect(url.pathname).toBe(`/boards/${board.id}`);
    expect(url.searchParams.get('q')).toBe('Wang Fang');
    const search = supervisorBoard.page.getByRole('searchbox', { name: /^(Search|搜索)/ });
    expect(await search.inputValue()).toBe('Wang Fang');
    await supervisorBoard.card(other.title).waitFor({ state: 'detached' });
    await supervisorBoard.card(task.title).waitFor();

    // The history's filters at a desk, in Chinese and in English.
    await supervisorBoard.page.setViewportSize(DESK);
    const history = await supervisorBoard.showHistory();
    await history.entries().first().waitFor();
    await supervisorBoard.page.screenshot({ path: screenshotPath('history-filters-desk-zh-CN') });
    await supervisorBoard.languageToggle().filter({ hasText: 'English' }).click();
    await history.filters().getByLabel('Who', { exact: true }).waitFor();
    await supervisorBoard.page.screenshot({ path: screenshotPath('history-filters-desk-en') });
  });
});
