import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { TaskView } from '@duban/contracts';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useHighlighted } from '../board-live/useHighlighted';
import { useCardEnvironment } from './card-environment-context';
import { cardData } from './dnd-data';
import { splitListeners } from './split-listeners';
import { TaskCard } from './TaskCard';

/**
 * A card in a column's sortable list. Cards the user may not move (or any card while offline) get no handle
 * and no listeners, but still take part as drop positions.
 */
export const SortableTaskCard = memo(function SortableTaskCard({
  task,
  containerId,
}: {
  task: TaskView;
  containerId: string;
}) {
  const { t } = useTranslation(['common', 'board']);
  const environment = useCardEnvironment();
  const highlighted = useHighlighted(task.id);
  const canDrag = environment.canDrag(task);
  const data = useMemo(() => cardData(containerId), [containerId]);
  const sortable = useSortable({
    id: task.id,
    data,
    disabled: { draggable: !canDrag, droppable: false },
    attributes: { roleDescription: t('board:dnd.roleDescription') },
  });
  const { pointer, keyboard } = splitListeners(sortable.listeners);
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };

  return (
    <TaskCard
      task={task}
      directory={environment.directory}
      presence={environment.presenceOf(task.id)}
      compact={environment.compact}
      highlighted={highlighted}
      placeholder={sortable.isDragging}
      onOpen={environment.openTask}
      rootRef={sortable.setNodeRef}
      rootProps={{ style, ...pointer }}
      handle={
        canDrag ? { ref: sortable.setActivatorNodeRef, props: { ...sortable.attributes, ...keyboard } } : null
      }
    />
  );
});
