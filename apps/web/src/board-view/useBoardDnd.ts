import {
  MeasuringStrategy,
  type Active,
  type DragEndEvent,
  type DragOverEvent,
  type Over,
} from '@dnd-kit/core';
import type { StatusChangeRefusalCode } from '@duban/contracts';
import { useMemo, useState } from 'react';
import { useMe } from '../auth/useMe';
import { useMoveTask } from '../tasks/useTaskMutations';
import { containerOfTask, indexContainers, type BoardContainer, type BoardLane } from './board-lanes';
import { containerIdOf } from './dnd-data';
import { applyPreview, type DropPreview } from './drop-position';
import { NOTHING_REFUSED, refusedStatuses, type RefusedStatuses } from './move-rules';
import { planDrop, planPreview, type DragPosition } from './plan-drop';
import { useBoardSensors } from './useBoardSensors';
import { useDndAnnouncements } from './useDndAnnouncements';

/**
 * Why the last drop did not move the card: the rules refused the column, or the server refused the move.
 * The refused place is kept as the container, named when shown, so a language switch renames it too.
 */
export type MoveFailure =
  | { kind: 'refused'; title: string; place: BoardContainer; refusal: StatusChangeRefusalCode }
  | { kind: 'failed'; title: string; message: string };

interface ShownPreview {
  placement: DropPreview;
  /** null while dragging; after the drop, the lanes it was made for (it stops once the move shows in them). */
  basis: BoardLane[] | null;
}

// Virtualized columns mount cards while scrolling during a drag: keep measuring them.
const MEASURING = { droppable: { strategy: MeasuringStrategy.Always } };

function dragPosition(active: Active, over: Over | null): DragPosition {
  const containerId = containerIdOf(over);
  const dragged = active.rect.current.translated;
  const belowOver =
    over !== null &&
    dragged !== null &&
    dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
  const overTaskId = over === null || over.id === containerId ? null : String(over.id);
  return { taskId: String(active.id), containerId, overTaskId, belowOver };
}

/**
 * Drag and drop across the board's containers; a drop calls the optimistic move (the hook rolls back).
 * Columns whose status the supervision rules refuse for the dragged card take nothing: no preview, no
 * request.
 */
export function useBoardDnd(lanes: BoardLane[], placeLabel: (container: BoardContainer) => string) {
  const move = useMoveTask();
  const me = useMe();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ShownPreview | null>(null);
  const [failure, setFailure] = useState<MoveFailure | null>(null);
  // Decided when the drag starts, and kept after the drop so its announcement still knows.
  const [refused, setRefused] = useState<RefusedStatuses>(NOTHING_REFUSED);
  const sensors = useBoardSensors();

  const shownLanes = useMemo(
    () => (preview && (preview.basis ?? lanes) === lanes ? applyPreview(lanes, preview.placement) : lanes),
    [lanes, preview],
  );
  const home = useMemo(() => indexContainers(lanes), [lanes]);
  const shown = useMemo(() => indexContainers(shownLanes), [shownLanes]);
  const taskOf = (taskId: string) => containerOfTask(home, taskId)?.tasks.find((task) => task.id === taskId);

  const announcements = useDndAnnouncements({
    taskTitle: (taskId) => taskOf(taskId)?.title ?? '',
    containers: shown,
    homeOf: (taskId) => containerOfTask(home, taskId),
    placeLabel,
    refused,
  });

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const position = dragPosition(active, over);
    const target = shown.get(position.containerId ?? '');
    // Over a refused column the card shows back home: nothing suggests it could land there.
    if (target && refused.has(target.status)) return setPreview(null);
    const placement = planPreview(shown, position);
    if (placement) setPreview({ placement, basis: null });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    const position = dragPosition(active, over);
    const target = shown.get(position.containerId ?? '');
    const refusal = target && refused.get(target.status);
    if (target && refusal) {
      setPreview(null);
      const title = taskOf(position.taskId)?.title ?? '';
      return setFailure({ kind: 'refused', title, place: target, refusal });
    }
    const plan = planDrop(home, shown, position, refused);
    if (plan.kind === 'none') return setPreview(null);
    // Keep showing the card where it was dropped until the optimistic move reaches the board's lanes.
    setPreview({ placement: plan.preview, basis: lanes });
    const { task, status, afterTaskId } = plan;
    move.mutateAsync({ task, status, afterTaskId, version: task.version }).catch((error: unknown) =>
      setFailure({
        kind: 'failed',
        title: task.title,
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  };

  const stop = () => {
    setActiveId(null);
    setPreview(null);
  };

  return {
    shownLanes,
    activeId,
    activeTask: activeId ? taskOf(activeId) : undefined,
    /** The statuses the dragged card may not go to, while dragging. */
    refused: activeId ? refused : NOTHING_REFUSED,
    failure,
    dismissFailure: () => setFailure(null),
    contextProps: {
      sensors,
      measuring: MEASURING,
      accessibility: { announcements },
      onDragStart: ({ active }: { active: Active }) => {
        stop();
        setActiveId(String(active.id));
        setRefused(refusedStatuses(me, taskOf(String(active.id))));
      },
      onDragOver,
      onDragEnd,
      onDragCancel: stop,
    },
  };
}
