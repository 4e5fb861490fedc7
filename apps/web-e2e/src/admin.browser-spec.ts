import type { Page } from 'playwright-core';
import { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { AdminPage } from './pages/admin-page';
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
