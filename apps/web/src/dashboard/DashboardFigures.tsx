import type { TaskStats } from '@duban/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardBoards } from './DashboardBoards';
import { DepartmentStatsTable } from './DepartmentStatsTable';
import { RankingLists } from './RankingLists';
import { StatsTotals } from './StatsTotals';

// Recharts loads with the dashboard's chart, not with the rest of the app.
const StatusChart = lazy(() => import('./StatusChart').then(({ StatusChart }) => ({ default: StatusChart })));

/**
 * The figures of a dashboard: totals, the departments' table, the rankings, the status chart and, on the
 * all-boards dashboard, each board's share (where a figure can open one board's table).
 */
export function DashboardFigures({
  stats,
  boardId,
  withChart = true,
}: {
  stats: TaskStats;
  boardId: string | null;
  /** Specs of the figures leave the chart out (it draws with the window's size, which jsdom has not). */
  withChart?: boolean;
}) {
  const { t, i18n } = useTranslation('dashboard');
  const asOf = new Date(stats.asOf).toLocaleString(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return (
    <>
      <p className="muted dashboard-as-of">{t('asOf', { time: asOf })}</p>
      <StatsTotals totals={stats.totals} boardId={boardId} />
      <DepartmentStatsTable departments={stats.departments} boardId={boardId} />
      <RankingLists departments={stats.departments} />
      {withChart && (
        <section className="dashboard-section" aria-labelledby="dashboard-chart-heading">
          <h2 id="dashboard-chart-heading">{t('chart.heading')}</h2>
          <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
            <StatusChart departments={stats.departments} />
          </Suspense>
        </section>
      )}
      {boardId === null && <DashboardBoards boards={stats.boards} />}
    </>
  );
}
