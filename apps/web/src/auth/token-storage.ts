const TOKEN_KEY = 'duban.accessToken';

/**
 * The access token survives reloads in localStorage; the API checks it, and its session, on every call and
 * socket. Why that is safe enough here (strict CSP, no raw HTML, sessions the server can end): README,
 * "Security".
 */
export const tokenStorage = {
  read: (): string | null => localStorage.getItem(TOKEN_KEY),
  write: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};
