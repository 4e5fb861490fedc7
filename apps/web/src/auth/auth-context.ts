import { createContext } from 'react';

export interface AuthContextValue {
  /** The bearer token, or null when signed out. */
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
  /**
   * Swaps this tab's session for a new one (a password change ends every session, this one included):
   * `renew` answers the new token. Meanwhile the old session's end (its socket's `session:ended`, a 401)
   * does not sign the tab out, unless the renewal fails.
   */
  renewSession: (renew: () => Promise<string>) => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
