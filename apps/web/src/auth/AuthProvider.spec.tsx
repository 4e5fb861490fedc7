import { routes } from '@duban/contracts';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { call } from '../api/api-client';
import { AuthProvider } from './AuthProvider';
import { tokenStorage } from './token-storage';
import { useAuth } from './useAuth';

interface Call {
  url: string;
  method: string;
  authorization: string | undefined;
}

/** A fake API answering every call with `status`, recording what was asked. */
function fakeApi(status: number): Call[] {
  const calls: Call[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init.method ?? 'GET', authorization: headers.Authorization });
    return Promise.resolve({
      ok: status < 400,
      status,
      statusText: '',
      json: () => Promise.resolve({ statusCode: status, message: 'Sign in again' }),
    } as Response);
  }) as unknown as typeof fetch;
  return calls;
}

/** What a signed-in page does: shows whether there is a token, signs out, and saves something. */
function Account() {
  const { token, signOut } = useAuth();
  const save = useMutation({
    mutationFn: () => call(routes.createBoard, { token, body: { title: 'Board' } }),
  });
  return (
    <>
      <p>{token ? 'signed in' : 'signed out'}</p>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
      <button type="button" onClick={() => save.mutate()}>
        Save
      </button>
      {save.error && <p role="alert">{save.error.message}</p>}
    </>
  );
}

function renderSignedIn(token: string | null = 'token-of-this-device') {
  if (token) tokenStorage.write(token);
  else tokenStorage.clear();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AuthProvider>
        <Account />
      </AuthProvider>
    </QueryClientProvider>,
  );
}

describe('AuthProvider', () => {
  afterEach(() => localStorage.clear());

  it('ends the session on the server, then forgets the token', async () => {
    const calls = fakeApi(204);
    renderSignedIn();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByText('signed out');
    expect(calls).toEqual([
      { url: '/api/auth/logout', method: 'POST', authorization: 'Bearer token-of-this-device' },
    ]);
    expect(tokenStorage.read()).toBeNull();
  });

  it('forgets the token even when the server cannot be told', async () => {
    fakeApi(503);
    renderSignedIn();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByText('signed out');
    expect(tokenStorage.read()).toBeNull();
  });

  it('goes back to signing in when a save answers 401 (the session was ended elsewhere)', async () => {
    fakeApi(401);
    renderSignedIn();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('signed out');
    expect(tokenStorage.read()).toBeNull();
  });

  it('leaves a 401 alone while signed out, so the sign-in form can say what was wrong', async () => {
    fakeApi(401);
    renderSignedIn(null);

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sign in again');
  });
});
