import { routes, type LoginInput } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { useAuth } from './useAuth';

export function useLogin() {
  const { signIn } = useAuth();
  return useMutation({
    mutationFn: (input: LoginInput) => call(routes.login, { body: input }),
    onSuccess: (result) => signIn(result.accessToken),
  });
}
