import { screenshotPath } from './browser';
import { useBrowserSuite } from './browser-suite';
import { LoginPage } from './pages/login-page';

describe('The demo logins on the sign-in page', () => {
  const suite = useBrowserSuite({ demo: true, admin: null });

  it('name each account’s role once: "admin · Administrator", not "Administrator · Administrator"', async () => {
    const { page } = await suite.anonymous();
    const login = new LoginPage(page);
    await login.open(suite.testApp.url);
    const accounts = await login.demoLoginTexts();
    expect(accounts).toContain('admin · Administrator');
    expect(accounts).toContain('supervisor · Supervisor · Supervision Office (Wang Li)');
    expect(accounts.filter((text) => /Administrator · Administrator/.test(text))).toEqual([]);
    await page.screenshot({ path: screenshotPath('login-demo-logins-en') });

    await page.getByRole('button', { name: '中文' }).click();
    const chinese = await login.demoLoginTexts();
    expect(chinese).toContain('admin · 系统管理员');
    await page.screenshot({ path: screenshotPath('login-demo-logins-zh-CN') });
  });
});
