import {
  closestCenter,
  closestCorners,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
} from '@dnd-kit/core';
import { containerIdOf, isContainerEntry } from './dnd-data';

/**
 * Pointer drags: the column is the one under the pointer (or, between columns, the one the dragged card
 * overlaps most); within it, the card nearest the dragged card's centre, as sortable lists expect. Looking
 * only inside that column ignores the off-screen cards a virtualized list keeps mounted above and below its
 * visible part. Keyboard drags have no pointer and use closest corners, as dnd-kit's sortable keyboard
 * coordinates expect.
 */
export const boardCollisionDetection: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCorners(args);
  const containers = args.droppableContainers.filter(isContainerEntry);
  const [column] = [
    ...pointerWithin({ ...args, droppableContainers: containers }),
    ...rectIntersection({ ...args, droppableContainers: containers }),
  ];
  if (!column) return [];
  const cards = args.droppableContainers.filter(
    (entry) => !isContainerEntry(entry) && containerIdOf(entry) === column.id,
  );
  if (cards.length === 0) return [column];
  return closestCenter({ ...args, droppableContainers: cards });
};
