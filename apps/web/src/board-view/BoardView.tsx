import { DndContext, DragOverlay } from '@dnd-kit/core';
import type { TaskView } from '@duban/contracts';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { usePreferences } from '../auth/usePreferences';
import { BOARD_SEARCH_CODEC, matchesSearch } from '../board-live/board-search';
import { useUrlState } from '../board-live/useUrlState';
import { boardCollisionDetection } from './board-collision';
import { buildLanes } from './board-lanes';
import { BoardGrid } from './BoardGrid';
import { BoardSearch } from './BoardSearch';
import { BoardToolbar } from './BoardToolbar';
import { CardEnvironmentContext } from './card-environment-context';
import { TaskCard } from './TaskCard';
import { useBoardDnd } from './useBoardDnd';
import { useCardEnvironmentValue } from './useCardEnvironmentValue';
import { useLanesParam } from './useLanesParam';
import { usePlaceLabel } from './usePlaceLabel';
import './board-view.css';

const NOBODY = [] as const;

/**
 * The board as status columns (optionally in swimlanes by lead department) with drag and drop, narrowed by
 * the board's search (`?q=`, the table's too): live changes that stop matching leave the columns.
 */
export function BoardView({ tasks }: { tasks: TaskView[] }) {
  const { t } = useTranslation(['common', 'board']);
  const [lanesByDepartment, setLanesByDepartment] = useLanesParam();
  const [search, setSearch] = useUrlState(BOARD_SEARCH_CODEC);
  const { preferences, setPreferences } = usePreferences();
  const directory = useDirectory();
  // The box answers at once; on a big board the columns may follow a frame later.
  const deferredSearch = useDeferredValue(search);
  const shownTasks = useMemo(
    () =>
      deferredSearch.trim() === ''
        ? tasks
        : tasks.filter((task) => matchesSearch(task, deferredSearch, directory)),
    [tasks, deferredSearch, directory],
  );
  const departmentOrder = useMemo(() => directory.departments.map((d) => d.id), [directory.departments]);
  const lanes = useMemo(
    () => buildLanes(shownTasks, lanesByDepartment, departmentOrder),
    [shownTasks, lanesByDepartment, departmentOrder],
  );
  const compact = preferences.cardDensity === 'compact';
  const environment = useCardEnvironmentValue(directory, compact);
  const placeLabel = usePlaceLabel(lanesByDepartment, directory);
  const dnd = useBoardDnd(lanes, placeLabel);
  const screenReaderInstructions = useMemo(() => ({ draggable: t('board:dnd.instructions') }), [t]);

  return (
    <CardEnvironmentContext value={environment}>
      <div className="board-view">
        <BoardToolbar
          search={
            <BoardSearch text={search} onChange={setSearch} shown={shownTasks.length} total={tasks.length} />
          }
          density={preferences.cardDensity}
          onDensityChange={(cardDensity) => setPreferences({ cardDensity })}
          lanesByDepartment={lanesByDepartment}
          onLanesChange={setLanesByDepartment}
          failure={dnd.failure}
          placeLabel={placeLabel}
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
              <TaskCard
                task={dnd.activeTask}
                directory={directory}
                presence={NOBODY}
                compact={compact}
                overlay
              />
            )}
          </DragOverlay>
        </DndContext>
      </div>
    </CardEnvironmentContext>
  );
}
