import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCardEnvironment } from './card-environment-context';
import type { BoardContainer, BoardLane } from './board-lanes';
import { BoardColumn } from './BoardColumn';
import type { RefusedStatuses } from './move-rules';
import { laneName } from './usePlaceLabel';

interface BoardLaneRowProps {
  lane: BoardLane;
  activeId: string | null;
  refused: RefusedStatuses;
  placeLabel: (container: BoardContainer) => string;
}

/** One lead department's swimlane: its name across the board, then its cell in every status column. */
export const BoardLaneRow = memo(function BoardLaneRow({
  lane,
  activeId,
  refused,
  placeLabel,
}: BoardLaneRowProps) {
  const { t } = useTranslation(['common', 'board']);
  const { directory } = useCardEnvironment();
  return (
    <>
      <h2 className="board-lane-title" data-testid="board-lane" data-lane={lane.key}>
        <span>{laneName(lane.key, directory, t)}</span>
        <span className="board-column-count" aria-hidden="true">
          {lane.total}
        </span>
        <span className="sr-only">{t('board:view.columnCount', { count: lane.total })}</span>
      </h2>
      {lane.containers.map((container) => (
        <BoardColumn
          key={container.id}
          container={container}
          label={placeLabel(container)}
          activeId={activeId}
          refusal={refused.get(container.status)}
        />
      ))}
    </>
  );
});
