import { routes } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call, isUnauthenticated } from '../api/api-client';
import { AuthContext } from './auth-context';
import { tokenStorage } from './token-storage';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenStorage.read);

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
  const signOut = useCallback(() => {
    const current = tokenStorage.read();
    if (!current) return forget();
    void call(routes.logout, { token: current })
      .catch(() => undefined)
      .finally(forget);
  }, [forget]);

  // An expired or ended session (signed out elsewhere, password changed, account deactivated) makes any
  // query or mutation fail with 401: go back to the sign-in form. Only while signed in, so a wrong
  // password on that form stays on it.
  useEffect(() => {
    const onError = (error: unknown) => {
      if (isUnauthenticated(error) && tokenStorage.read() !== null) forget();
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

  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}
