import { useTranslation } from 'react-i18next';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendPoint } from './trend-points';

const COLORS = { due: '#6b7785', closed: '#2e9e5b', overdue: '#c62828' };

/**
 * The burn-up (tasks closed against tasks due, each day's end) and overdue tasks over time. Loaded on its
 * own (React.lazy) so Recharts is not in the board pages' bundle. The pictures are hidden from screen
 * readers: the section's table says the same, day by day.
 */
export function TrendCharts({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation('dashboard');
  const legend = (label: string) => <span className="dashboard-chart-label">{label}</span>;
  const axis = <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} interval="preserveStartEnd" />;
  return (
    <div className="trend-charts" aria-hidden="true">
      <figure className="dashboard-chart trend-chart" data-testid="trend-burnup">
        <figcaption>{t('trend.burnUp')}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {axis}
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Legend formatter={legend} />
            <Line
              type="stepAfter"
              dataKey="due"
              name={t('trend.due')}
              stroke={COLORS.due}
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="stepAfter"
              dataKey="closed"
              name={t('trend.closed')}
              stroke={COLORS.closed}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="dashboard-chart trend-chart" data-testid="trend-overdue">
        <figcaption>{t('trend.overdueOverTime')}</figcaption>
        <ResponsiveContainer width="100%" height={240}>
          <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {axis}
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Legend formatter={legend} />
            <Area
              type="stepAfter"
              dataKey="overdue"
              name={t('trend.overdue')}
              stroke={COLORS.overdue}
              fill={COLORS.overdue}
              fillOpacity={0.2}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
