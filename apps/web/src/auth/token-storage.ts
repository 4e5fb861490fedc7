const TOKEN_KEY = 'duban.accessToken';

/** The access token survives reloads in localStorage; the API checks it on every call and socket. */
export const tokenStorage = {
  read: (): string | null => localStorage.getItem(TOKEN_KEY),
  write: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};
