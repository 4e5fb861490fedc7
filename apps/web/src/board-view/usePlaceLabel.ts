import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../api/useDirectory';
import { NO_DEPARTMENT_LANE, type BoardContainer } from './board-lanes';

/** How a container is called: its status, and with swimlanes also its lead department. */
export function usePlaceLabel(
  lanesByDepartment: boolean,
  directory: Directory,
): (container: BoardContainer) => string {
  const { t } = useTranslation(['common', 'board']);
  return useCallback(
    (container) => {
      const status = t(`status.${container.status}`);
      if (!lanesByDepartment) return status;
      return t('board:view.cellLabel', { status, lane: laneName(container.laneKey, directory, t) });
    },
    [lanesByDepartment, directory, t],
  );
}

type Translate = ReturnType<typeof useTranslation<['common', 'board']>>['t'];

export function laneName(laneKey: string, directory: Directory, t: Translate): string {
  return laneKey === NO_DEPARTMENT_LANE
    ? t('board:view.noLeadDepartment')
    : directory.departmentName(laneKey);
}
