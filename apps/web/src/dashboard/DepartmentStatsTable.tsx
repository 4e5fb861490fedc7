import type { DepartmentStats } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { FigureCell } from './FigureCell';
import { figureLink, type LinkedFigure } from './figure-links';
import { formatRate } from './format';

const COLUMNS = [
  'led',
  'done',
  'inProgress',
  'awaitingSignOff',
  'inReview',
  'overdue',
  'dueSoon',
  'returned',
  'onTimeRate',
  'signOffRate',
  'reportsMissing',
  'cooperating',
] as const;

/**
 * One row per department that leads or cooperates on a counted task. On a board's dashboard the figures
 * the table view can filter by link to it (boardId null: the all-boards dashboard, not linked).
 */
export function DepartmentStatsTable({
  departments,
  boardId,
}: {
  departments: DepartmentStats[];
  boardId: string | null;
}) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-table-heading">
      <h2 id="dashboard-table-heading">{t('table.label')}</h2>
      {boardId && <p className="muted">{t('table.hint')}</p>}
      {departments.length === 0 ? (
        <p className="muted">{t('noDepartments')}</p>
      ) : (
        // The table scrolls inside its frame on a narrow screen; the page does not.
        <div className="dashboard-table-frame" tabIndex={0} aria-labelledby="dashboard-table-heading">
          <table className="dashboard-table">
            <thead>
              <tr>
                <th scope="col">{t('table.department')}</th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`table.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {departments.map((department) => (
                <DepartmentRow key={department.departmentId} department={department} boardId={boardId} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function DepartmentRow({ department, boardId }: { department: DepartmentStats; boardId: string | null }) {
  const { t, i18n } = useTranslation('dashboard');
  const link = (figure: LinkedFigure) =>
    boardId ? figureLink(boardId, figure, department.departmentId) : null;
  const label = (column: (typeof COLUMNS)[number], value: number) =>
    `${department.name}, ${t(`table.${column}`)}: ${value}`;
  const count = (column: 'led' | 'done' | 'inProgress' | 'inReview') => (
    <FigureCell value={department[column]} to={link(column)} label={label(column, department[column])} />
  );
  return (
    <tr data-department={department.departmentId}>
      <th scope="row">{department.name}</th>
      {count('led')}
      {count('done')}
      {count('inProgress')}
      <FigureCell
        value={department.awaitingSignOff}
        label={label('awaitingSignOff', department.awaitingSignOff)}
        detail={
          (department.longestSignOffWaitDays ?? 0) > 0
            ? t('table.longestWait', { count: department.longestSignOffWaitDays })
            : null
        }
      />
      {count('inReview')}
      <FigureCell
        value={department.overdue}
        to={link('overdue')}
        label={label('overdue', department.overdue)}
        alarm={department.overdue > 0}
        detail={
          (department.furthestOverdueDays ?? 0) > 0
            ? t('table.furthest', { count: department.furthestOverdueDays })
            : null
        }
      />
      <FigureCell value={department.dueSoon} label={label('dueSoon', department.dueSoon)} />
      <FigureCell value={department.returned} label={label('returned', department.returned)} />
      <FigureCell value={formatRate(department.onTimeRate, i18n.language)} label="" />
      <FigureCell value={formatRate(department.signOffRate, i18n.language)} label="" />
      <FigureCell
        value={department.reportsMissing}
        label={label('reportsMissing', department.reportsMissing)}
      />
      <FigureCell value={department.cooperating} label={label('cooperating', department.cooperating)} />
    </tr>
  );
}
