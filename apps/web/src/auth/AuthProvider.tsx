import { routes } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { call, isUnauthenticated } from '../api/api-client';
import { AuthContext } from './auth-context';
import { tokenStorage } from './token-storage';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenStorage.read);
  /** While a session renewal runs: whether it succeeded, once known. */
  const renewal = useRef<Promise<boolean> | null>(null);

  const signIn = useCallback((next: string) => {
    tokenStorage.write(next);
    setToken(next);
  }, []);

  /** Drops the token and everything fetched with it: nothing of one user may be shown to the next. */
  const forget = useCallback(() => {
    tokenStorage.clear();
    setToken(null);
    queryClient.clear();
  }, [queryClient]);

  // The server ends the session first, so the token is worthless even if a copy of it survives somewhere;
  // when it cannot be told (offline), the token is still forgotten here and expires within 12 hours.
  const signOutNow = useCallback(() => {
    const current = tokenStorage.read();
    if (!current) return forget();
    void call(routes.logout, { token: current })
      .catch(() => undefined)
      .finally(forget);
  }, [forget]);

  // The end of the session being renewed is expected: sign out only if the renewal fails.
  const signOut = useCallback(() => {
    const pending = renewal.current;
    if (!pending) return signOutNow();
    void pending.then((renewed) => {
      if (!renewed) signOutNow();
    });
  }, [signOutNow]);

  const renewSession = useCallback(
    async (renew: () => Promise<string>) => {
      const pending = renew().then(signIn);
      renewal.current = pending.then(
        () => true,
        () => false,
      );
      try {
        await pending;
      } finally {
        renewal.current = null;
      }
    },
    [signIn],
  );

  // An expired or ended session (signed out elsewhere, password changed, account deactivated) makes any
  // query or mutation fail with 401: go back to the sign-in form. Only while signed in, so a wrong
  // password on that form stays on it.
  useEffect(() => {
    const onError = (error: unknown) => {
      if (isUnauthenticated(error) && tokenStorage.read() !== null && !renewal.current) forget();
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, forget]);

  const value = useMemo(
    () => ({ token, signIn, signOut, renewSession }),
    [token, signIn, signOut, renewSession],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
