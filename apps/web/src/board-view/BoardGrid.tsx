import { TASK_STATUSES } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import type { BoardContainer, BoardLane } from './board-lanes';
import { BoardColumn } from './BoardColumn';
import { BoardLaneRow } from './BoardLaneRow';
import { ColumnHeading } from './ColumnHeading';
import type { RefusedStatuses } from './move-rules';

interface BoardGridProps {
  lanes: BoardLane[];
  lanesByDepartment: boolean;
  activeId: string | null;
  /** While dragging: the statuses the card may not go to, and why. */
  refused: RefusedStatuses;
  placeLabel: (container: BoardContainer) => string;
}

/** The status columns side by side (scrolling sideways on narrow screens), optionally cut into swimlanes. */
export function BoardGrid({ lanes, lanesByDepartment, activeId, refused, placeLabel }: BoardGridProps) {
  const { t } = useTranslation(['common', 'board']);
  if (!lanesByDepartment) {
    const containers = lanes[0]?.containers ?? [];
    return (
      <div className="board-grid" data-testid="board-grid">
        {containers.map((container) => (
          <BoardColumn
            key={container.id}
            container={container}
            label={placeLabel(container)}
            heading={<ColumnHeading label={placeLabel(container)} count={container.tasks.length} />}
            activeId={activeId}
            refusal={refused.get(container.status)}
          />
        ))}
      </div>
    );
  }
  const totals = TASK_STATUSES.map((status) =>
    lanes.reduce(
      (sum, lane) => sum + (lane.containers.find((c) => c.status === status)?.tasks.length ?? 0),
      0,
    ),
  );
  return (
    <div className="board-grid board-grid-lanes" data-testid="board-grid">
      {TASK_STATUSES.map((status, index) => (
        <div key={status} className="board-lanes-status" aria-hidden="true">
          <ColumnHeading label={t(`status.${status}`)} count={totals[index] ?? 0} level={3} />
        </div>
      ))}
      {lanes.map((lane) => (
        <BoardLaneRow
          key={lane.key}
          lane={lane}
          activeId={activeId}
          refused={refused}
          placeLabel={placeLabel}
        />
      ))}
    </div>
  );
}
