import type { DroppableContainer, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { containerIdOf, isContainerEntry } from './dnd-data';

const VERTICAL_KEYS = ['ArrowUp', 'ArrowDown'];

type Containers = Parameters<KeyboardCoordinateGetter>[1]['context']['droppableContainers'];
type ContainersClass = new (entries: Iterable<[UniqueIdentifier, DroppableContainer]>) => Containers;

/**
 * Arrow keys as the instructions promise them: up and down to the cards of the same column, left and
 * right to the next column. dnd-kit's sortable steps pick the nearest droppable in the key's direction,
 * which on a board of tall cards is often a card in the next column (for ↓), or the card's own place or
 * its own column (a step that seems lost). So each step only offers the droppables that direction means;
 * the others, the dragged card included, are marked disabled for the step (they stay in the map, where
 * the sortable getter looks the dragged card up).
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, over, droppableContainers } = args.context;
  if (!active) return sortableKeyboardCoordinates(event, args);
  const vertical = VERTICAL_KEYS.includes(event.code);
  const current = containerIdOf(over) ?? containerIdOf(active);
  const isStep = (entry: DroppableContainer) =>
    vertical
      ? !isContainerEntry(entry) && containerIdOf(entry) === current
      : isContainerEntry(entry) && entry.id !== current;
  // The map is dnd-kit's own Map subclass (not exported): make another of the same class.
  const SameClass = droppableContainers.constructor as ContainersClass;
  const steps = new SameClass(
    [...droppableContainers].map(([id, entry]): [UniqueIdentifier, DroppableContainer] => [
      id,
      id !== active.id && isStep(entry) ? entry : { ...entry, disabled: true },
    ]),
  );
  return sortableKeyboardCoordinates(event, {
    ...args,
    context: { ...args.context, droppableContainers: steps },
  });
};
