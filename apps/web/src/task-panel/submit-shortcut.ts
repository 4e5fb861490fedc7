import { useSyncExternalStore } from 'react';

/** A mouse or trackpad that hovers: the device most likely has a physical keyboard too. Phones do not. */
const PHYSICAL_KEYBOARD = '(hover: hover) and (pointer: fine)';

function keyboardQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function' ? window.matchMedia(PHYSICAL_KEYBOARD) : undefined;
}

function subscribe(onChange: () => void): () => void {
  const query = keyboardQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function isMac(): boolean {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.platform;
  return /mac/i.test(platform);
}

/**
 * The keys that post a comment as the reader should press them ("Ctrl+Enter", "⌘+Enter" on a Mac), or
 * null where there is no physical keyboard to press them on, so a phone is not told about Ctrl.
 */
export function useSubmitShortcut(): string | null {
  const keyboard = useSyncExternalStore(subscribe, () => keyboardQuery()?.matches ?? false);
  if (!keyboard) return null;
  return isMac() ? '⌘+Enter' : 'Ctrl+Enter';
}
