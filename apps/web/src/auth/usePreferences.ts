import {
  DEFAULT_USER_PREFERENCES,
  routes,
  type CurrentUser,
  type UpdatePreferencesInput,
  type UserPreferences,
} from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from './useAuth';
import { useMe } from './useMe';

export interface PreferencesControl {
  /** The signed-in user's choices (the defaults until `GET /api/me` answers). */
  preferences: UserPreferences;
  /** Saves a change: shown at once, kept on the server, put back if the server refuses it. */
  setPreferences: (change: UpdatePreferencesInput) => void;
}

export function usePreferences(): PreferencesControl {
  const token = useToken();
  const queryClient = useQueryClient();
  const preferences = useMe()?.preferences ?? DEFAULT_USER_PREFERENCES;
  const mutation = useMutation({
    mutationFn: (change: UpdatePreferencesInput) => call(routes.updatePreferences, { body: change, token }),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.me });
      const before = queryClient.getQueryData<CurrentUser>(queryKeys.me);
      if (before) {
        queryClient.setQueryData<CurrentUser>(queryKeys.me, {
          ...before,
          preferences: { ...before.preferences, ...change },
        });
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(queryKeys.me, context.before);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<CurrentUser>(queryKeys.me, (me) => (me ? { ...me, preferences: saved } : me));
    },
  });
  return { preferences, setPreferences: (change) => mutation.mutate(change) };
}
