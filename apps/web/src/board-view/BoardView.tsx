import { DndContext, DragOverlay } from '@dnd-kit/core';
import type { TaskView } from '@duban/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { boardCollisionDetection } from './board-collision';
import { buildLanes } from './board-lanes';
import { BoardGrid } from './BoardGrid';
import { BoardToolbar } from './BoardToolbar';
import { CardEnvironmentContext } from './card-environment-context';
import { TaskCard } from './TaskCard';
import { useBoardDnd } from './useBoardDnd';
import { useCardEnvironmentValue } from './useCardEnvironmentValue';
import { useLanesParam } from './useLanesParam';
import { usePlaceLabel } from './usePlaceLabel';
import './board-view.css';

const NOBODY = [] as const;

/** The board as status columns (optionally in swimlanes by lead department) with drag and drop. */
export function BoardView({ tasks }: { tasks: TaskView[] }) {
  const { t } = useTranslation(['common', 'board']);
  const [lanesByDepartment, setLanesByDepartment] = useLanesParam();
  const directory = useDirectory();
  const departmentOrder = useMemo(() => directory.departments.map((d) => d.id), [directory.departments]);
  const lanes = useMemo(
    () => buildLanes(tasks, lanesByDepartment, departmentOrder),
    [tasks, lanesByDepartment, departmentOrder],
  );
  const environment = useCardEnvironmentValue(directory);
  const placeLabel = usePlaceLabel(lanesByDepartment, directory);
  const dnd = useBoardDnd(lanes, placeLabel);
  const screenReaderInstructions = useMemo(() => ({ draggable: t('board:dnd.instructions') }), [t]);

  return (
    <CardEnvironmentContext value={environment}>
      <div className="board-view">
        <BoardToolbar
          lanesByDepartment={lanesByDepartment}
          onLanesChange={setLanesByDepartment}
          failure={dnd.failure}
          onDismissFailure={dnd.dismissFailure}
        />
        <DndContext
          {...dnd.contextProps}
          collisionDetection={boardCollisionDetection}
          accessibility={{ ...dnd.contextProps.accessibility, screenReaderInstructions }}
        >
          <BoardGrid
            lanes={dnd.shownLanes}
            lanesByDepartment={lanesByDepartment}
            activeId={dnd.activeId}
            refused={dnd.refused}
            placeLabel={placeLabel}
          />
          <DragOverlay>
            {dnd.activeTask && (
              <TaskCard task={dnd.activeTask} directory={directory} presence={NOBODY} overlay />
            )}
          </DragOverlay>
        </DndContext>
      </div>
    </CardEnvironmentContext>
  );
}
