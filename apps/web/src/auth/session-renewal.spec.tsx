import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { AuthProvider } from './AuthProvider';
import type { AuthContextValue } from './auth-context';
import { tokenStorage } from './token-storage';
import { useAuth } from './useAuth';

/** Hands the test the auth context, and shows the token the tab holds. */
function Probe({ onAuth }: { onAuth: (auth: AuthContextValue) => void }) {
  const auth = useAuth();
  onAuth(auth);
  return <p>{auth.token ?? 'signed out'}</p>;
}

function renderSignedIn() {
  tokenStorage.write('old-token');
  const logouts: string[] = [];
  globalThis.fetch = jest.fn((url: string) => {
    logouts.push(url);
    return Promise.resolve({ ok: true, status: 204, statusText: '', json: () => Promise.resolve({}) });
  }) as unknown as typeof fetch;
  let auth: AuthContextValue | undefined;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AuthProvider>
        <Probe onAuth={(current) => (auth = current)} />
      </AuthProvider>
    </QueryClientProvider>,
  );
  return { auth: () => auth!, logouts };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

describe('Renewing the session (a password change)', () => {
  it('ignores the old session ending meanwhile, and keeps the tab signed in with the new token', async () => {
    const { auth, logouts } = renderSignedIn();
    const newToken = deferred<string>();
    let renewal: Promise<void> = Promise.resolve();
    act(() => {
      renewal = auth().renewSession(() => newToken.promise);
    });
    // The server ended every session, so the old socket says so before the answer arrives.
    act(() => auth().signOut());
    await act(async () => {
      newToken.resolve('new-token');
      await renewal;
    });
    expect(screen.getByText('new-token')).toBeInTheDocument();
    expect(tokenStorage.read()).toBe('new-token');
    expect(logouts).toEqual([]);
  });

  it('signs out after all when the renewal fails', async () => {
    const { auth } = renderSignedIn();
    const newToken = deferred<string>();
    let renewal: Promise<void> = Promise.resolve();
    act(() => {
      renewal = auth().renewSession(() => newToken.promise);
    });
    act(() => auth().signOut());
    await act(async () => {
      newToken.reject(new Error('network down'));
      await renewal.catch(() => undefined);
    });
    expect(await screen.findByText('signed out')).toBeInTheDocument();
  });
});
