import type { CardDensity } from '@duban/contracts';
import type { ReactNode } from 'react';
import type { BoardContainer } from './board-lanes';
import { useTranslation } from 'react-i18next';
import { CardDensitySwitch } from './CardDensitySwitch';
import type { MoveFailure } from './useBoardDnd';

interface BoardToolbarProps {
  /** The search box (BoardSearch). */
  search: ReactNode;
  density: CardDensity;
  onDensityChange: (density: CardDensity) => void;
  lanesByDepartment: boolean;
  onLanesChange: (on: boolean) => void;
  failure: MoveFailure | null;
  /** Names a column (or a department's cell in it) in the current language. */
  placeLabel: (container: BoardContainer) => string;
  onDismissFailure: () => void;
}

/** The board view's own controls: search, swimlanes on or off, card size, and why the last move was refused. */
export function BoardToolbar({
  search,
  density,
  onDensityChange,
  lanesByDepartment,
  onLanesChange,
  failure,
  placeLabel,
  onDismissFailure,
}: BoardToolbarProps) {
  const { t } = useTranslation(['common', 'board']);
  return (
    <div className="board-view-toolbar" aria-label={t('board:view.toolbar')} role="group">
      {search}
      <button
        type="button"
        className="button-secondary board-lanes-toggle"
        aria-pressed={lanesByDepartment}
        onClick={() => onLanesChange(!lanesByDepartment)}
      >
        {t('board:view.lanesByDepartment')}
      </button>
      <CardDensitySwitch density={density} onChange={onDensityChange} />
      <div role="alert" className={failure ? 'board-view-alert' : 'board-view-alert-empty'}>
        {failure && (
          <>
            <span>
              {failure.kind === 'refused'
                ? t('board:view.refusedMove', {
                    title: failure.title,
                    place: placeLabel(failure.place),
                    reason: t(`board:refusal.${failure.refusal}`),
                  })
                : t('board:view.moveFailed', { title: failure.title, message: failure.message })}
            </span>
            <button type="button" className="button-secondary" onClick={onDismissFailure}>
              {t('board:view.dismiss')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
