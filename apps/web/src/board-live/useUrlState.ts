import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { changeUrlState, syncUrlState, urlStateFrom, type UrlCodec } from './url-state';

/** A value kept in the URL, shown at once as the user changes it (see url-state.ts). */
export function useUrlState<T>(codec: UrlCodec<T>): [T, (value: T) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlSearch = searchParams.toString();
  const [state, setState] = useState(() => urlStateFrom(codec, urlSearch));
  const synced = syncUrlState(codec, state, urlSearch);
  // Adjusting state while rendering (not in an effect) so no frame shows a value the URL has dropped.
  if (synced !== state) setState(synced);

  const setValue = (value: T) => {
    const next = changeUrlState(codec, synced, value);
    setState(next);
    // Replace, not push: typing a search or ticking a box should not fill the back button's history.
    setSearchParams(new URLSearchParams(next.search), { replace: true });
  };
  return [synced.value, setValue];
}
