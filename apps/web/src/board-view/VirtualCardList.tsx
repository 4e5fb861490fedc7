import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { BoardContainer } from './board-lanes';
import { SortableTaskCard } from './SortableTaskCard';

/** A first guess of a card's height; each card is measured once rendered. */
const ESTIMATED_CARD_HEIGHT = 150;

interface VirtualCardListProps {
  container: BoardContainer;
  /** The card being dragged: kept rendered even when scrolled away, so dnd-kit keeps its node. */
  activeId: string | null;
  emptyText: string;
}

/** A column's cards in their own scroll area, rendering only those in (or near) view. */
export function VirtualCardList({ container, activeId, emptyText }: VirtualCardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { tasks } = container;
  const activeIndex = activeId === null ? -1 : tasks.findIndex((task) => task.id === activeId);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex === -1 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the list is read right here, never memoized.
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index) => tasks[index]?.id ?? index,
    overscan: 4,
    rangeExtractor,
  });

  return (
    <div ref={scrollRef} className="board-column-scroll">
      {tasks.length === 0 ? (
        <p className="board-column-empty">{emptyText}</p>
      ) : (
        <div role="list" className="board-column-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const task = tasks[item.index];
            if (!task) return null;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="listitem"
                aria-posinset={item.index + 1}
                aria-setsize={tasks.length}
                className="board-column-item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <SortableTaskCard task={task} containerId={container.id} />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
