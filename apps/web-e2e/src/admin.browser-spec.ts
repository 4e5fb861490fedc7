import type { Page } from 'playwright-core';
import type { CurrentUser, DepartmentView, MinutesPreview, UserView } from '@duban/contracts';
import { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { AdminPage } from './pages/admin-page';
import { BoardPage } from './pages/board-page';
import { BoardListPage } from './pages/board-list-page';
import { LoginPage } from './pages/login-page';

const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Shows the user's pages in a language: saved as their preference, applied on the next load. */
async function showIn(page: Page, user: ApiClient, language: 'en' | 'zh-CN'): Promise<void> {
  await user.patch('/api/me/preferences', { language }).expect(200);
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor();
}

describe('Administration (/admin)', () => {
  const suite = useBrowserSuite();

  it('lets the administrator create a department and a user, and the new user signs in', async () => {
    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url);

    await admin.createDepartment('Municipal Water Resources Bureau');
    await admin.departmentRow('Municipal Water Resources Bureau').waitFor();

    await admin.tab(/^Users$/);
    await admin.createUser(
      { Username: 'water.chen', 'Display name': 'Chen Shui', Password: 'rivers-and-lakes-1' },
      { Role: 'Member', Department: 'Municipal Water Resources Bureau' },
    );
    const row = admin.userRow('Chen Shui');
    await row.getByText('Municipal Water Resources Bureau').waitFor();

    // Search and filters narrow the list.
    await session.page.getByRole('searchbox', { name: 'Search' }).fill('water');
    await session.page.getByTestId('user-row').first().waitFor();
    expect(await session.page.getByTestId('user-row').count()).toBe(1);
    await session.page.getByRole('searchbox', { name: 'Search' }).fill('');
    await session.page.getByLabel('Role', { exact: true }).selectOption({ label: 'Administrator' });
    await admin.userRow(suite.admin.user.displayName).waitFor();
    expect(await row.count()).toBe(0);

    const newcomer = await suite.anonymous();
    const login = new LoginPage(newcomer.page);
    await login.open(suite.testApp.url);
    await login.signIn('water.chen', 'rivers-and-lakes-1');
    await newcomer.page.getByRole('link', { name: 'Chen Shui' }).waitFor();
    // A member is offered no administration, and /admin says so.
    expect(await newcomer.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await newcomer.page.goto(`${suite.testApp.url}/admin`);
    await newcomer.page.getByRole('heading', { name: 'Not allowed' }).waitFor();

    await admin.tab(/^Activity$/);
    await session.page.getByTestId('admin-activity').waitFor();
    const activity = await admin.activityText();
    expect(activity).toContain(`${suite.admin.user.displayName} created the user “Chen Shui”`);
    expect(activity).toContain('created the department “Municipal Water Resources Bureau”');
  });

  it('archives a department in use instead of deleting it, and deletes an unused one', async () => {
    const used = await suite.factory.department('Municipal Audit Bureau');
    await suite.factory.user('member', used.id);
    await suite.factory.department('Temporary Task Force');
    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url);

    await admin.confirmRowAction(admin.departmentRow('Municipal Audit Bureau'), /^Delete$/);
    await admin.dialog
      .getByRole('alert')
      .filter({ hasText: 'has tasks or members, so it cannot be deleted. Archive it instead.' })
      .waitFor();
    await admin.dialog.getByRole('button', { name: 'Cancel' }).click();

    await admin.confirmRowAction(admin.departmentRow('Municipal Audit Bureau'), /^Archive$/);
    await admin.departmentRow('Municipal Audit Bureau').getByText('Archived').waitFor();

    await admin.confirmRowAction(admin.departmentRow('Temporary Task Force'), /^Delete$/);
    await admin.departmentRow('Temporary Task Force').waitFor({ state: 'detached' });

    // An archived department is not offered to new users.
    await admin.tab(/^Users$/);
    await session.page.getByRole('button', { name: 'New user' }).click();
    const departments = await admin.dialog
      .getByLabel('Department', { exact: true })
      .locator('option')
      .allInnerTexts();
    expect(departments).not.toContain('Municipal Audit Bureau');
  });

  it('signs a deactivated user out of their open tab, and lets them back in once reactivated', async () => {
    const member = await suite.factory.user('member');
    const memberSession = await suite.signIn(member);
    await memberSession.page.goto(`${suite.testApp.url}/boards`);
    await memberSession.page.getByRole('link', { name: member.user.displayName }).waitFor();

    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url, 'users');
    await session.page.getByRole('searchbox', { name: 'Search' }).fill(member.user.username);
    await admin.confirmRowAction(admin.userRow(member.user.displayName), /^Deactivate$/);
    await admin.userRow(member.user.displayName).getByText('Deactivated').waitFor();

    await memberSession.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(ApiClient.login(suite.testApp.url, member.user.username, 'password-1234')).rejects.toThrow();

    await admin.confirmRowAction(admin.userRow(member.user.displayName), /^Reactivate$/);
    await admin.userRow(member.user.displayName).getByText('Deactivated').waitFor({ state: 'detached' });
    await ApiClient.login(suite.testApp.url, member.user.username, 'password-1234');
  });

  it('renames a department, moves a user and resets their password: their open tab follows at once', async () => {
    const [housing, transport] = await Promise.all([
      suite.factory.department('Housing Bureau'),
      suite.factory.department('Transport Bureau'),
    ]);
    const board = await suite.factory.board({ title: 'Old town renewal', departmentIds: [housing.id] });
    await suite.factory.task(board.id, { title: 'Repair the old town roofs', leadDepartmentId: housing.id });
    const input = {
      username: 'zhou.min',
      password: 'password-1234',
      displayName: 'Zhou Min',
      role: 'member',
      departmentId: housing.id,
    };
    await suite.admin.post('/api/users', input).expect(201);
    const member = await ApiClient.login(suite.testApp.url, input.username, input.password);
    const memberBoard = await suite.openBoard(member, board.id);
    await memberBoard.card('Repair the old town roofs').waitFor();

    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url);
    await admin.departmentRow('Housing Bureau').getByRole('button', { name: 'Rename' }).click();
    await admin.dialog.getByLabel('Name', { exact: true }).fill('Housing and Urban-Rural Development Bureau');
    await admin.dialog.getByRole('button', { name: 'Rename' }).click();
    await admin.departmentRow('Housing and Urban-Rural Development Bureau').waitFor();

    // Moved to another department, the member loses the board restricted to the first one, live.
    await admin.tab(/^Users$/);
    const row = admin.userRow('Zhou Min');
    await row.getByText('Housing and Urban-Rural Development Bureau').waitFor();
    await row.getByRole('button', { name: 'Edit' }).click();
    await admin.dialog.getByLabel('Department', { exact: true }).selectOption({ label: 'Transport Bureau' });
    await admin.dialog.getByRole('button', { name: 'Save' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await row.getByText('Transport Bureau').waitFor();
    await memberBoard.page.getByRole('alert').filter({ hasText: 'Board not found' }).waitFor();
    expect(await memberBoard.card('Repair the old town roofs').count()).toBe(0);

    // A new password signs them out everywhere; only the new one lets them in.
    await row.getByRole('button', { name: 'Reset password' }).click();
    await admin.dialog.getByLabel('New password', { exact: true }).fill('a-new-password-9');
    await admin.dialog.getByRole('button', { name: 'Reset password' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await memberBoard.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(ApiClient.login(suite.testApp.url, 'zhou.min', 'password-1234')).rejects.toThrow();
    const again = await ApiClient.login(suite.testApp.url, 'zhou.min', 'a-new-password-9');
    expect(again.user.departmentId).toBe(transport.id);

    await admin.tab(/^Activity$/);
    await session.page.getByTestId('admin-activity').waitFor();
    const activity = await admin.activityText();
    const actor = suite.admin.user.displayName;
    expect(activity).toContain(
      `${actor} renamed the department “Housing Bureau” to “Housing and Urban-Rural Development Bureau”`,
    );
    expect(activity).toContain(
      `${actor} moved “Zhou Min” from Housing and Urban-Rural Development Bureau to Transport Bureau`,
    );
    expect(activity).toContain(`${actor} reset the password of “Zhou Min”`);
  });

  it('promotes a member to supervisor and back: row, API and log agree; demotion closes their open board at once', async () => {
    const [civilAffairs, port] = await Promise.all([
      suite.factory.department('Civil Affairs Bureau'),
      suite.factory.department('Port Authority'),
    ]);
    const board = await suite.factory.board({ title: 'Harbour dredging', departmentIds: [port.id] });
    await suite.factory.task(board.id, { title: 'Dredge the north basin', leadDepartmentId: port.id });
    const input = {
      username: 'wu.lei',
      password: 'password-1234',
      displayName: 'Wu Lei',
      role: 'member',
      departmentId: civilAffairs.id,
    };
    await suite.admin.post('/api/users', input).expect(201);
    const member = await ApiClient.login(suite.testApp.url, input.username, input.password);
    const memberSession = await suite.signIn(member);
    const boards = await BoardListPage.open(memberSession.page, suite.testApp.url);
    await memberSession.page.getByRole('link', { name: 'Wu Lei' }).waitFor();
    expect(await boards.newBoardButton().count()).toBe(0);
    expect(await boards.card('Harbour dredging').count()).toBe(0);

    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url, 'users');
    const row = admin.userRow('Wu Lei');
    await row.getByText('Member', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Edit' }).click();
    const roles = await admin.dialog.getByLabel('Role', { exact: true }).locator('option').allInnerTexts();
    expect(roles).toEqual(['Administrator', 'Supervisor', 'Leader', 'Member']);
    await admin.dialog.getByLabel('Role', { exact: true }).selectOption({ label: 'Supervisor' });
    await admin.dialog.getByRole('button', { name: 'Save' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await row.getByText('Supervisor', { exact: true }).waitFor();
    expect(await row.getByText('Member', { exact: true }).count()).toBe(0);

    // The API agrees, and the member's session outlives the change (a new role does not sign them out).
    const users = (await suite.admin.get('/api/users').expect(200)).body as UserView[];
    expect(users.find((user) => user.username === 'wu.lei')?.role).toBe('supervisor');
    const me = (await member.get('/api/me').expect(200)).body as CurrentUser;
    expect(me.role).toBe('supervisor');

    // Their open tab follows without a reload (`user:changed`): a supervisor's tools and the boards of
    // every department.
    await boards.newBoardButton().waitFor();
    await boards.card('Harbour dredging').waitFor();
    await boards.openBoard('Harbour dredging');
    const memberBoard = new BoardPage(memberSession.page);
    await memberBoard.waitUntilLive();
    await memberBoard.card('Dredge the north basin').waitFor();

    // Made a member again, they lose the board restricted to another department, live.
    await row.getByRole('button', { name: 'Edit' }).click();
    await admin.dialog.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
    await admin.dialog.getByRole('button', { name: 'Save' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await row.getByText('Member', { exact: true }).waitFor();
    await memberSession.page.getByRole('alert').filter({ hasText: 'Board not found' }).waitFor();
    expect(await memberBoard.card('Dredge the north basin').count()).toBe(0);
    expect(((await member.get('/api/me').expect(200)).body as CurrentUser).role).toBe('member');

    await admin.tab(/^Activity$/);
    await session.page.getByTestId('admin-activity').waitFor();
    const activity = await admin.activityText();
    const actor = suite.admin.user.displayName;
    expect(activity).toContain(`${actor} changed the role of “Wu Lei” from Member to Supervisor`);
    expect(activity).toContain(`${actor} changed the role of “Wu Lei” from Supervisor to Member`);
  });

  it('sets the keywords that suggest a department as lead in imported minutes', async () => {
    const department = await suite.factory.department('Agriculture and Rural Affairs Bureau');
    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url);
    const row = admin.departmentRow('Agriculture and Rural Affairs Bureau');
    await row.getByText('No keywords', { exact: true }).waitFor();

    // One per line or separated by commas (also Chinese ones); a repeat in another case is kept once.
    await row.getByRole('button', { name: 'Keywords' }).click();
    await admin.dialog
      .getByRole('heading', { name: 'Keywords for Agriculture and Rural Affairs Bureau' })
      .waitFor();
    await admin.dialog
      .getByLabel('Keywords', { exact: true })
      .fill('farmland, irrigation\n农田、粮食\nFarmland');
    await admin.dialog.getByRole('button', { name: 'Save keywords' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    const chips = row.getByRole('list', { name: 'Keywords' }).getByRole('listitem');
    await chips.first().waitFor();
    expect(await chips.allInnerTexts()).toEqual(['farmland', 'irrigation', '农田', '粮食']);
    expect(await row.getByText('No keywords', { exact: true }).count()).toBe(0);

    const departments = (await suite.admin.get('/api/departments').expect(200)).body as DepartmentView[];
    expect(departments.find((candidate) => candidate.id === department.id)?.keywords).toEqual([
      'farmland',
      'irrigation',
      '农田',
      '粮食',
    ]);

    // The editor shows them one per line; a keyword taken out is gone from the row too.
    await row.getByRole('button', { name: 'Keywords' }).click();
    const field = admin.dialog.getByLabel('Keywords', { exact: true });
    expect(await field.inputValue()).toBe('farmland\nirrigation\n农田\n粮食');
    await field.fill('farmland\n农田\n粮食');
    await admin.dialog.getByRole('button', { name: 'Save keywords' }).click();
    await admin.dialog.waitFor({ state: 'detached' });
    await row.getByRole('listitem').filter({ hasText: 'irrigation' }).waitFor({ state: 'detached' });
    expect(await chips.allInnerTexts()).toEqual(['farmland', '农田', '粮食']);

    // Minutes that mention a keyword now suggest the department as the decision's lead.
    const preview = await suite.admin
      .post('/api/minutes/preview', {
        text: 'Minutes\nIt is necessary to protect the farmland along the river by the end of October.',
      })
      .expect(200);
    const [draft] = (preview.body as MinutesPreview).drafts;
    expect(draft?.leadDepartmentId).toBe(department.id);
    expect(draft?.matched).toContain('farmland');

    await admin.tab(/^Activity$/);
    await session.page.getByTestId('admin-activity').waitFor();
    const activity = await admin.activityText();
    const actor = suite.admin.user.displayName;
    expect(activity).toContain(
      `${actor} changed the keywords of “Agriculture and Rural Affairs Bureau” from “none” to “farmland, irrigation, 农田, 粮食”`,
    );
    expect(activity).toContain(
      `${actor} changed the keywords of “Agriculture and Rural Affairs Bureau” from “farmland, irrigation, 农田, 粮食” to “farmland, 农田, 粮食”`,
    );
  });

  it('is shown at desk and phone sizes, in English and Chinese', async () => {
    const ecology = await suite.factory.department('Ecology and Environment Bureau');
    await suite.factory.user('member', ecology.id);
    const session = await suite.signIn(suite.admin);
    const admin = await AdminPage.open(session.page, suite.testApp.url, 'users');
    for (const language of ['en', 'zh-CN'] as const) {
      await showIn(session.page, suite.admin, language);
      for (const [size, viewport] of [
        ['desk', DESK],
        ['phone', PHONE],
      ] as const) {
        await session.page.setViewportSize(viewport);
        for (const section of ['departments', 'users', 'activity']) {
          await session.page.goto(`${suite.testApp.url}/admin?section=${section}`);
          await session.page.getByRole('tabpanel').locator('li').first().waitFor();
          await session.page.screenshot({ path: screenshotPath(`admin-${section}-${size}-${language}`) });
        }
      }
    }
    await session.page.setViewportSize(DESK);
    await session.page.goto(`${suite.testApp.url}/admin?section=users`);
    await session.page.getByRole('button', { name: '新建用户' }).click();
    for (const label of ['用户名', '姓名', '密码', '角色', '所属部门']) {
      await admin.dialog.getByLabel(label, { exact: true }).waitFor();
    }
    await session.page.screenshot({ path: screenshotPath('admin-create-user-desk-zh-CN') });
  });
});
