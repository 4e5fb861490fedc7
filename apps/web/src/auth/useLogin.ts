import type { LoginInput, LoginResult } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';
import { useAuth } from './useAuth';

export function useLogin() {
  const { signIn } = useAuth();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      apiRequest<LoginResult>('/auth/login', { method: 'POST', body: input }),
    onSuccess: (result) => signIn(result.accessToken),
  });
}
