import type { StatsTotals as Totals } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { figureLink, type LinkedFigure } from './figure-links';
import { formatRate } from './format';

type TotalFigure = Exclude<keyof Totals, 'onTimeRate' | 'signOffRate'>;

const COUNTS: { figure: TotalFigure; linked?: LinkedFigure }[] = [
  { figure: 'tasks', linked: 'tasks' },
  { figure: 'done', linked: 'done' },
  { figure: 'inProgress', linked: 'inProgress' },
  { figure: 'awaitingSignOff' },
  { figure: 'inReview', linked: 'inReview' },
  { figure: 'overdue', linked: 'overdue' },
  { figure: 'dueSoon' },
  { figure: 'returned' },
  { figure: 'reportsMissing' },
];

/** The totals over every counted task, as tiles above the departments' table; linked on a board's dashboard. */
export function StatsTotals({ totals, boardId }: { totals: Totals; boardId: string | null }) {
  const { t, i18n } = useTranslation('dashboard');
  const name = (figure: TotalFigure) => (figure === 'tasks' ? t('totals.tasks') : t(`table.${figure}`));
  return (
    <section className="dashboard-totals" aria-label={t('totals.label')}>
      <dl>
        {COUNTS.map(({ figure, linked }) => (
          <div
            key={figure}
            className={figure === 'overdue' && totals.overdue > 0 ? 'dashboard-tile alarm' : 'dashboard-tile'}
            data-figure={figure}
          >
            <dt>{name(figure)}</dt>
            <dd>
              {boardId && linked && totals[figure] > 0 ? (
                <Link to={figureLink(boardId, linked, null)}>{totals[figure]}</Link>
              ) : (
                totals[figure]
              )}
            </dd>
          </div>
        ))}
        <div className="dashboard-tile" data-figure="onTimeRate">
          <dt>{t('table.onTimeRate')}</dt>
          <dd>{formatRate(totals.onTimeRate, i18n.language)}</dd>
        </div>
        <div className="dashboard-tile" data-figure="signOffRate">
          <dt>{t('table.signOffRate')}</dt>
          <dd>{formatRate(totals.signOffRate, i18n.language)}</dd>
        </div>
      </dl>
    </section>
  );
}
