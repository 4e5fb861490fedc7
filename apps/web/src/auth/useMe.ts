import { routes, type CurrentUser } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from './useAuth';

/** The signed-in user and their preferences, fresh from the API (roles may change while signed in). */
export function useMe(): CurrentUser | undefined {
  const token = useToken();
  return useQuery({ queryKey: queryKeys.me, queryFn: () => call(routes.me, { token }), staleTime: 60_000 })
    .data;
}
