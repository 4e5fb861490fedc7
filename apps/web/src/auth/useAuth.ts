import { useContext } from 'react';
import { AuthContext, type AuthContextValue } from './auth-context';

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The token of the signed-in user, for components that only render when signed in. */
export function useToken(): string {
  const { token } = useAuth();
  if (!token) throw new Error('useToken needs a signed-in user');
  return token;
}
