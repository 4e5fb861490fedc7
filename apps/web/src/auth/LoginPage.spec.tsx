import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n/i18n';
import { AuthProvider } from './AuthProvider';
import { LoginPage } from './LoginPage';

/** A fake API: the setup call answers no demo, the sign-in answers `status` with `body`. */
function fakeSignIn(status: number, body: object, headers: Record<string, string> = {}) {
  globalThis.fetch = jest.fn((url: string) => {
    const isSetup = url.endsWith('/setup');
    return Promise.resolve({
      ok: isSetup,
      status: isSetup ? 200 : status,
      statusText: '',
      headers: new Headers(headers),
      json: () => Promise.resolve(isSetup ? { demo: false, demoLogins: [] } : body),
    } as Response);
  }) as unknown as typeof fetch;
}

async function signIn() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <AuthProvider>
        <LoginPage />
      </AuthProvider>
    </QueryClientProvider>,
  );
  await userEvent.type(screen.getByLabelText(/username|用户名/i), 'ecology');
  await userEvent.type(screen.getByLabelText(/password|密码/i), 'not-the-password');
  await userEvent.click(screen.getByRole('button', { name: /sign in|登录/i }));
}

describe('Sign-in page', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('says the username or password is wrong, in the reader’s language', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeSignIn(401, { statusCode: 401, code: 'unauthenticated', message: 'Wrong username or password' });
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
  });

  it('says how many minutes to wait after too many attempts', async () => {
    fakeSignIn(
      429,
      { statusCode: 429, code: 'rate_limited', message: 'Too many attempts', retryAfterSeconds: 540 },
      { 'Retry-After': '540' },
    );
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 9 minutes.',
    );
  });
});

describe('Demo logins on the sign-in page', () => {
  const demoLogins = [
    { username: 'admin', displayName: 'Administrator', role: 'admin' },
    { username: 'admin-zh', displayName: '系统管理员', role: 'admin' },
    { username: 'supervisor', displayName: 'Supervision Office (Wang Li)', role: 'supervisor' },
  ];

  beforeEach(() => {
    globalThis.fetch = jest.fn(() =>
      Promise.resolve({
        ok: true,
        status: 200,
        statusText: '',
        headers: new Headers(),
        json: () => Promise.resolve({ demo: true, demoLogins, demoPassword: 'demo-password' }),
      }),
    ) as unknown as typeof fetch;
  });

  it('name the role once, and the person only when the name says more than the role', async () => {
    await i18n.changeLanguage('en');
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AuthProvider>
          <LoginPage />
        </AuthProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Sign in as admin' })).toHaveTextContent(
      /^admin · Administrator$/,
    );
    expect(screen.getByRole('button', { name: 'Sign in as admin-zh' })).toHaveTextContent(
      /^admin-zh · Administrator$/,
    );
    expect(screen.getByRole('button', { name: 'Sign in as supervisor' })).toHaveTextContent(
      /^supervisor · Supervisor · Supervision Office \(Wang Li\)$/,
    );
  });
});
