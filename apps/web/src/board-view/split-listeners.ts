import type { DraggableSyntheticListeners } from '@dnd-kit/core';

type ListenerMap = NonNullable<DraggableSyntheticListeners>;

/**
 * dnd-kit's listeners split by where they go: pointer (mouse, touch) on the whole card so it can be grabbed
 * anywhere, keyboard on the move handle only, so Enter on the card still opens it.
 */
export function splitListeners(listeners: DraggableSyntheticListeners): {
  pointer: ListenerMap;
  keyboard: ListenerMap;
} {
  const pointer: ListenerMap = {};
  const keyboard: ListenerMap = {};
  for (const [name, listener] of Object.entries(listeners ?? {})) {
    if (name.startsWith('onKey')) keyboard[name] = listener;
    else pointer[name] = listener;
  }
  return { pointer, keyboard };
}
