import { calendarDateIn, type TaskTrend } from '@duban/contracts';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dayLabel,
  lastDay,
  trendPoints,
  trendRangeOf,
  TREND_RANGES,
  type TrendRangeChoice,
} from './trend-points';
import { useDashboardTrend } from './useDashboardTrend';
import './trend.css';

// Recharts loads with the charts, not with the rest of the app (as the status chart).
const TrendCharts = lazy(() => import('./TrendCharts').then(({ TrendCharts }) => ({ default: TrendCharts })));

/** The browser's IANA time zone: days are the viewer's (see contracts trend.ts). */
function viewerTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
}

/**
 * The history charts of a dashboard (every board, or one): tasks closed against tasks due (burn-up) and
 * overdue tasks over time, for the last 30 or 90 days or this year, replayed by the API from the event log
 * and kept live. A visually hidden table gives screen readers every day's figures.
 */
export function TrendSection({
  boardId,
  withCharts = true,
}: {
  boardId: string | null;
  withCharts?: boolean;
}) {
  const { t } = useTranslation('dashboard');
  const [choice, setChoice] = useState<TrendRangeChoice>('30');
  const timeZone = viewerTimeZone();
  const today = calendarDateIn(new Date(), timeZone ?? null);
  const range = useMemo(() => trendRangeOf(choice, today), [choice, today]);
  const trend = useDashboardTrend(boardId, range, timeZone);

  return (
    <section className="dashboard-section trend-section" aria-labelledby="trend-heading" data-testid="trend">
      <div className="trend-header">
        <h2 id="trend-heading">{t('trend.heading')}</h2>
        <div className="trend-ranges" role="group" aria-label={t('trend.range')}>
          {TREND_RANGES.map((each) => (
            <button
              key={each}
              type="button"
              className={each === choice ? 'trend-range active' : 'trend-range'}
              aria-pressed={each === choice}
              onClick={() => setChoice(each)}
            >
              {t(`trend.ranges.${each}`)}
            </button>
          ))}
        </div>
      </div>
      {trend.isPending && <p className="muted">{t('trend.loading')}</p>}
      {trend.isError && (
        <p className="error" role="alert">
          {t('trend.failed')}
        </p>
      )}
      {trend.data && <TrendFigures trend={trend.data} withCharts={withCharts} />}
    </section>
  );
}

function TrendFigures({ trend, withCharts }: { trend: TaskTrend; withCharts: boolean }) {
  const { t, i18n } = useTranslation('dashboard');
  const points = useMemo(() => trendPoints(trend, i18n.language), [trend, i18n.language]);
  const last = lastDay(trend);
  const summary = last
    ? t('trend.summary', {
        from: dayLabel(trend.from, i18n.language, true),
        to: dayLabel(trend.to, i18n.language, true),
        closed: last.closed,
        due: last.due,
        overdue: last.overdue,
        open: last.open,
      })
    : '';
  return (
    <>
      <p className="muted trend-summary" data-testid="trend-summary">
        {summary}
      </p>
      {withCharts && (
        <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
          <TrendCharts points={points} />
        </Suspense>
      )}
      {/* The frame hides it: a table is as wide as its cells, whatever width it is given. */}
      <div className="trend-visually-hidden">
        <table data-testid="trend-table">
          <caption>
            {t('trend.tableCaption', { from: points[0]?.label ?? '', to: points.at(-1)?.label ?? '' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.date')}</th>
              <th scope="col">{t('trend.due')}</th>
              <th scope="col">{t('trend.closed')}</th>
              <th scope="col">{t('trend.overdue')}</th>
              <th scope="col">{t('trend.open')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr
                key={point.date}
                data-date={point.date}
                data-figures={[point.due, point.closed, point.overdue, point.open].join()}
              >
                <th scope="row">{point.label}</th>
                <td>{point.due}</td>
                <td>{point.closed}</td>
                <td>{point.overdue}</td>
                <td>{point.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
