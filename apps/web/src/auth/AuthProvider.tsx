import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isUnauthenticated } from '../api/api-client';
import { AuthContext } from './auth-context';
import { tokenStorage } from './token-storage';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(tokenStorage.read);

  const signIn = useCallback((next: string) => {
    tokenStorage.write(next);
    setToken(next);
  }, []);

  const signOut = useCallback(() => {
    tokenStorage.clear();
    setToken(null);
    // Nothing fetched for one user may be shown to the next.
    queryClient.clear();
  }, [queryClient]);

  // An expired or revoked token makes any query fail with 401: go back to the sign-in form.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (
          event.type === 'updated' &&
          event.action.type === 'error' &&
          isUnauthenticated(event.action.error)
        ) {
          signOut();
        }
      }),
    [queryClient, signOut],
  );

  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}
