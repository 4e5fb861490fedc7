import type { Active, DroppableContainer, Over } from '@dnd-kit/core';

/** What we attach to dnd-kit's draggables and droppables: which container a card or a column is. */
interface DndData {
  kind: 'card' | 'container';
  containerId: string;
}

export const cardData = (containerId: string): DndData => ({ kind: 'card', containerId });
export const containerData = (containerId: string): DndData => ({ kind: 'container', containerId });

function dataOf(entry: Pick<Active | Over | DroppableContainer, 'data'>): Partial<DndData> {
  const data: unknown = entry.data.current;
  return typeof data === 'object' && data !== null ? data : {};
}

/** The container a droppable (card or column) belongs to. */
export function containerIdOf(entry: Pick<Over | DroppableContainer, 'data'> | null): string | null {
  if (!entry) return null;
  const { containerId } = dataOf(entry);
  return typeof containerId === 'string' ? containerId : null;
}

export function isContainerEntry(entry: Pick<Over | DroppableContainer, 'data'>): boolean {
  return dataOf(entry).kind === 'container';
}
