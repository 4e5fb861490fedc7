import { routes, type ChangePasswordInput } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { useAuth } from './useAuth';

/**
 * POST /api/me/password. The server ends every session of the user, this one included, and answers a new
 * token: the tab renews its session with it and stays signed in (its old socket's end does not sign it out).
 */
export function useChangePassword() {
  const { token, renewSession } = useAuth();
  return useMutation({
    mutationFn: (body: ChangePasswordInput) =>
      renewSession(async () => (await call(routes.changePassword, { token, body })).accessToken),
  });
}
