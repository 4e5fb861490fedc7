import { useDndContext, useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { StatusChangeRefusalCode } from '@duban/contracts';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardContainer } from './board-lanes';
import { containerData, containerIdOf } from './dnd-data';
import { VirtualCardList } from './VirtualCardList';

interface BoardColumnProps {
  container: BoardContainer;
  /** The column's name for screen readers (status, and the department with swimlanes). */
  label: string;
  /** A visible heading; swimlane cells have none (the status is the grid's column header). */
  heading?: ReactNode;
  activeId: string | null;
  /** Why the dragged card may not go to this column's status: it is shown as such and takes nothing. */
  refusal?: StatusChangeRefusalCode;
}

/**
 * One status column (or swimlane cell): a drop target as a whole, so empty columns take cards too, with
 * a sortable context over all of its task ids even though only the visible cards are rendered.
 */
export const BoardColumn = memo(function BoardColumn({
  container,
  label,
  heading,
  activeId,
  refusal,
}: BoardColumnProps) {
  const { t } = useTranslation(['common', 'board']);
  const data = useMemo(() => containerData(container.id), [container.id]);
  const unavailable = refusal !== undefined;
  const { setNodeRef } = useDroppable({ id: container.id, data });
  const { over } = useDndContext();
  // A change inside a card (a light, a title) keeps the column's order: the sortable context keeps the
  // same items, so it does not re-render every card in the column.
  const order = container.tasks.map((task) => task.id).join(' ');
  const ids = useMemo(() => (order === '' ? [] : order.split(' ')), [order]);
  const isTarget = activeId !== null && containerIdOf(over) === container.id;
  const classes = [
    'board-column',
    isTarget && 'board-column-target',
    unavailable && 'board-column-unavailable',
  ];
  const column = `${label}: ${t('board:view.columnCount', { count: ids.length })}`;

  return (
    <section
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      aria-label={
        refusal ? t('board:view.notAllowedLabel', { column, reason: t(`board:refusal.${refusal}`) }) : column
      }
      aria-disabled={unavailable || undefined}
      data-testid="board-column"
      data-status={container.status}
      data-container-id={container.id}
      data-unavailable={unavailable || undefined}
    >
      {heading}
      {refusal && (
        <p className="board-column-refusal" aria-hidden="true" data-testid="column-refusal">
          <strong>{t('board:view.notAllowed')}</strong> {t(`board:refusal.${refusal}`)}
        </p>
      )}
      <SortableContext id={container.id} items={ids} strategy={verticalListSortingStrategy}>
        <VirtualCardList container={container} activeId={activeId} emptyText={t('board:view.emptyColumn')} />
      </SortableContext>
    </section>
  );
});
