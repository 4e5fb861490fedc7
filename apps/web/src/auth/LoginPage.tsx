import { routes, type DemoLoginView } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { LANGUAGES } from '../i18n/i18n';
import { useLogin } from './useLogin';

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const setup = useQuery({ queryKey: queryKeys.setup, queryFn: () => call(routes.setup) });
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ username, password });
  }

  return (
    <div className="login-page">
      <form className="login-form" onSubmit={submit}>
        <h1>{t('signIn')}</h1>
        <label htmlFor="login-username">{t('username')}</label>
        <input
          id="login-username"
          autoComplete="username"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor="login-password">{t('password')}</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {login.error && (
          <p className="error" role="alert">
            {loginErrorText(login.error, t)}
          </p>
        )}
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? t('signingIn') : t('signIn')}
        </button>
      </form>
      {setup.data?.demo && (
        <section className="demo-logins" aria-labelledby="demo-logins-heading">
          <h2 id="demo-logins-heading">{t('demoLogins', { password: setup.data.demoPassword })}</h2>
          <ul>
            {setup.data.demoLogins.map((demo) => (
              <li key={demo.username}>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('useLogin', { username: demo.username })}
                  onClick={() => {
                    setUsername(demo.username);
                    setPassword(setup.data.demoPassword ?? '');
                  }}
                >
                  <code>{demo.username}</code> · {demoLoginDescription(demo, t)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/**
 * "Supervisor · Wang Li", or only the role when the account's name is the role's name in either language
 * (the demo's "admin" is called "Administrator"): never "Administrator · Administrator".
 */
export function demoLoginDescription(demo: DemoLoginView, t: TFunction): string {
  const role = t(`role.${demo.role}`);
  const roleNames = LANGUAGES.map((lng) => t(`role.${demo.role}`, { lng }).toLocaleLowerCase());
  return roleNames.includes(demo.displayName.trim().toLocaleLowerCase())
    ? role
    : `${role} · ${demo.displayName}`;
}

/** The refusals a person signing in meets, in their language; anything else as the server said it. */
function loginErrorText(error: Error, t: TFunction): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.code === 'rate_limited') {
    return t('tooManyAttempts', { count: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)) });
  }
  if (error.status === 401) return t('wrongCredentials');
  return error.message;
}
