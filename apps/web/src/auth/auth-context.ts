import { createContext } from 'react';

export interface AuthContextValue {
  /** The bearer token, or null when signed out. */
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
