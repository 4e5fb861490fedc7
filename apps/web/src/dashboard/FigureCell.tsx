import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One figure of the table: a link to the tasks behind it when there is one (and the figure is not 0), a
 * detail under it (the longest wait, the furthest overdue) when given.
 */
export function FigureCell({
  value,
  to,
  label,
  detail,
  alarm = false,
}: {
  value: ReactNode;
  to?: string | null;
  /** What a screen reader says for the link, e.g. "Ecology Bureau, overdue: 3". */
  label: string;
  detail?: string | null;
  alarm?: boolean;
}) {
  const shown = alarm ? <strong className="dashboard-alarm">{value}</strong> : value;
  return (
    <td className="dashboard-figure">
      {to && value !== 0 ? (
        <Link to={to} aria-label={label}>
          {shown}
        </Link>
      ) : (
        shown
      )}
      {detail && <span className="dashboard-detail">{detail}</span>}
    </td>
  );
}
