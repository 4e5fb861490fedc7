import type { PresenceViewer, TaskView } from '@duban/contracts';
import { memo, type HTMLAttributes, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../api/useDirectory';
import { TaskCardCompactDetails } from './TaskCardCompactDetails';
import { TaskCardDetails } from './TaskCardDetails';
import './task-card.css';

/** The drag handle's bindings (keyboard dragging starts here); absent when the user may not move the task. */
export interface CardHandle {
  ref: Ref<HTMLButtonElement>;
  props: HTMLAttributes<HTMLButtonElement>;
}

export interface TaskCardProps {
  task: TaskView;
  directory: Directory;
  /** Who has the task open now. */
  presence: readonly PresenceViewer[];
  /** The compact card: departments as short chips, one line of facts (the user's card size). */
  compact?: boolean;
  /** Changed by someone a moment ago: the card flashes. */
  highlighted?: boolean;
  /** The card's place while its drag overlay is being dragged. */
  placeholder?: boolean;
  /** The copy that follows the pointer while dragging: not interactive, not counted as a card. */
  overlay?: boolean;
  onOpen?: (taskId: string) => void;
  rootRef?: Ref<HTMLElement>;
  /** Pointer listeners and the sortable transform. */
  rootProps?: HTMLAttributes<HTMLElement>;
  handle?: CardHandle | null;
}

/** One task on the board. Clicking it or pressing Enter on it opens the task panel. */
export const TaskCard = memo(function TaskCard(props: TaskCardProps) {
  const {
    task,
    directory,
    presence,
    compact,
    highlighted,
    placeholder,
    overlay,
    onOpen,
    rootRef,
    rootProps,
    handle,
  } = props;
  const { t } = useTranslation(['common', 'board']);
  const titleId = `task-card-title-${task.id}${overlay ? '-overlay' : ''}`;
  const classes = [
    'task-card',
    compact && 'task-card-compact',
    handle && 'task-card-draggable',
    highlighted && 'task-card-flash',
  ];
  if (placeholder) classes.push('task-card-placeholder');
  if (overlay) classes.push('task-card-overlay');

  const open = () => onOpen?.(task.id);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Only the card itself: Enter on its move handle belongs to drag and drop.
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    open();
  };

  return (
    <article
      ref={rootRef}
      {...rootProps}
      className={classes.filter(Boolean).join(' ')}
      data-testid={overlay ? 'task-card-overlay' : 'task-card'}
      data-task-id={overlay ? undefined : task.id}
      tabIndex={overlay ? -1 : 0}
      aria-labelledby={titleId}
      aria-hidden={overlay || undefined}
      onClick={overlay ? undefined : open}
      onKeyDown={overlay ? undefined : onKeyDown}
    >
      <div className="task-card-header">
        <h3 id={titleId} className="task-card-title">
          {task.title}
        </h3>
        {handle && (
          <button
            type="button"
            ref={handle.ref}
            {...handle.props}
            className="task-card-handle"
            aria-label={t('board:dnd.handle', { title: task.title })}
            title={t('board:dnd.handle', { title: task.title })}
            onClick={(event: MouseEvent) => event.stopPropagation()}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </div>
      {compact ? (
        <TaskCardCompactDetails task={task} directory={directory} presence={presence} />
      ) : (
        <TaskCardDetails task={task} directory={directory} presence={presence} />
      )}
    </article>
  );
});
