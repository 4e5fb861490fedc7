import type { Page } from 'playwright-core';
import { ApiClient } from '@duban/api/testing';
import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { LoginPage } from './pages/login-page';
import { ProfilePage } from './pages/profile-page';

const FACTORY_PASSWORD = 'password-1234';

async function signInThroughTheForm(page: Page, baseUrl: string, username: string, password: string) {
  const login = new LoginPage(page);
  await login.open(baseUrl);
  await login.signIn(username, password);
}

describe('Profile (/profile)', () => {
  const suite = useBrowserSuite();

  it('changes the password: the tab stays signed in, the old password stops working', async () => {
    const department = await suite.factory.department('Commerce Bureau');
    const member = await suite.factory.user('member', department.id);
    const session = await suite.signIn(member);
    const profile = await ProfilePage.open(session.page, suite.testApp.url);
    await session.page.getByText('Commerce Bureau').waitFor();

    // The confirmation must match, and the current password must be right: both said on the field.
    await profile.changePassword(FACTORY_PASSWORD, 'harbour-lights-2026', 'harbour-lights-2025');
    await session.page.getByText('The two new passwords are not the same.').waitFor();
    await profile.changePassword('not-my-password', 'harbour-lights-2026');
    await session.page.getByText('is not your current password').waitFor();

    await profile.changePassword(FACTORY_PASSWORD, 'harbour-lights-2026');
    await session.page.getByRole('status').filter({ hasText: 'Your password has been changed.' }).waitFor();

    // Still signed in, also after a reload and on another page (the new token is the tab's own).
    await session.page.reload();
    await session.page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await session.page.getByRole('link', { name: member.user.displayName }).waitFor();
    expect(await session.page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);

    await expect(
      ApiClient.login(suite.testApp.url, member.user.username, FACTORY_PASSWORD),
    ).rejects.toThrow();
    await ApiClient.login(suite.testApp.url, member.user.username, 'harbour-lights-2026');
    // The token the tab had before the change no longer works.
    await member.get('/api/me').expect(401);
  });

  it('keeps the chosen language across sign-ins, whatever the browser says', async () => {
    const leader = await suite.factory.user('leader');
    const session = await suite.signIn(leader);
    const profile = await ProfilePage.open(session.page, suite.testApp.url);
    await profile.chooseLanguage('简体中文');
    await session.page.getByRole('heading', { level: 1, name: '个人信息' }).waitFor();
    await session.page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    // A fresh browser in English: once signed in, the saved language wins.
    const elsewhere = await suite.anonymous();
    await signInThroughTheForm(elsewhere.page, suite.testApp.url, leader.user.username, FACTORY_PASSWORD);
    await elsewhere.page.getByRole('button', { name: '退出登录' }).waitFor();
    await elsewhere.page.locator('html[lang="zh-CN"]').waitFor();

    // The header's toggle saves the choice too.
    await elsewhere.page.getByRole('button', { name: 'English' }).click();
    await elsewhere.page.getByRole('button', { name: 'Sign out' }).waitFor();
    const third = await suite.anonymous();
    await signInThroughTheForm(third.page, suite.testApp.url, leader.user.username, FACTORY_PASSWORD);
    await third.page.getByRole('link', { name: leader.user.displayName }).waitFor();
    await third.page.locator('html[lang="en"]').waitFor();
  });

  it('is shown at desk and phone sizes, in English and Chinese', async () => {
    const department = await suite.factory.department('Ecology and Environment Bureau');
    const member = await suite.factory.user('member', department.id);
    const session = await suite.signIn(member);
    for (const language of ['en', 'zh-CN'] as const) {
      await member.patch('/api/me/preferences', { language }).expect(200);
      for (const [size, viewport] of [
        ['desk', { width: 1440, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        await session.page.setViewportSize(viewport);
        await ProfilePage.open(session.page, suite.testApp.url);
        await session.page.locator(`html[lang="${language}"]`).waitFor();
        await session.page.getByText('Ecology and Environment Bureau').waitFor();
        await session.page.screenshot({
          path: screenshotPath(`profile-${size}-${language}`),
          fullPage: true,
        });
      }
    }
  });
});
