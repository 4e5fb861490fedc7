import type { DepartmentStats } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { statusBarsOf, STATUS_SEGMENTS } from './status-bars';

const COLORS: Record<(typeof STATUS_SEGMENTS)[number], string> = {
  todo: '#9aa5b1',
  inProgress: '#2f6fde',
  inReview: '#d9a400',
  done: '#2e9e5b',
};

/**
 * Status by department (stacked horizontal bars, so long department names stay readable on a phone), from
 * the figures on screen. Loaded on its own (React.lazy) so Recharts is not in the board pages' bundle.
 */
export function StatusChart({ departments }: { departments: DepartmentStats[] }) {
  const { t } = useTranslation('dashboard');
  const bars = statusBarsOf(departments);
  if (bars.length === 0) return null;
  return (
    <div className="dashboard-chart" data-testid="status-chart">
      <ResponsiveContainer width="100%" height={bars.length * 44 + 72}>
        <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={132} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          {/* In the stack's order, in the page's text colour (a yellow label on white is hard to read). */}
          <Legend
            itemSorter={null}
            formatter={(label: string) => <span className="dashboard-chart-label">{label}</span>}
          />
          {STATUS_SEGMENTS.map((segment) => (
            <Bar
              key={segment}
              dataKey={segment}
              name={t(`chart.${segment}`)}
              stackId="status"
              fill={COLORS[segment]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
