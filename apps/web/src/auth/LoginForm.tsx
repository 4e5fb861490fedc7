import { useState, type FormEvent } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { useLogin } from './useLogin';

export function LoginForm() {
  const { messages } = useLanguage();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.mutate({ username, password });
  }

  return (
    <form className="login-form" onSubmit={submit}>
      <h1>{messages.signIn}</h1>
      <label htmlFor="login-username">{messages.username}</label>
      <input
        id="login-username"
        autoComplete="username"
        required
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <label htmlFor="login-password">{messages.password}</label>
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
          {login.error.message}
        </p>
      )}
      <button type="submit" disabled={login.isPending}>
        {login.isPending ? messages.signingIn : messages.signIn}
      </button>
    </form>
  );
}
