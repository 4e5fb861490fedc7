import {
  rankDepartments,
  SIGN_OFF_WAIT_YELLOW_DAYS,
  type DepartmentStats,
  type RankingList,
} from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { formatRate } from './format';

const LISTS: RankingList[] = ['red', 'yellow', 'green'];

/** The office's red, yellow and green lists (红黄绿榜), ranked by the contracts' rule, the rule under each. */
export function RankingLists({ departments }: { departments: DepartmentStats[] }) {
  const { t } = useTranslation('dashboard');
  const ranked = rankDepartments(departments);
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-ranking-heading">
      <h2 id="dashboard-ranking-heading">{t('ranking.heading')}</h2>
      <div className="dashboard-rankings">
        {LISTS.map((list) => (
          <RankingColumn key={list} list={list} departments={ranked[list]} />
        ))}
      </div>
    </section>
  );
}

function RankingColumn({ list, departments }: { list: RankingList; departments: DepartmentStats[] }) {
  const { t } = useTranslation('dashboard');
  const headingId = `dashboard-ranking-${list}`;
  const rule = {
    red: t('ranking.redRule'),
    yellow: t('ranking.yellowRule', { days: SIGN_OFF_WAIT_YELLOW_DAYS }),
    green: t('ranking.greenRule'),
  }[list];
  return (
    <section className={`dashboard-ranking ranking-${list}`} aria-labelledby={headingId} data-ranking={list}>
      <h3 id={headingId}>{t(`ranking.${list}`)}</h3>
      {departments.length === 0 ? (
        <p className="muted">{t('ranking.empty')}</p>
      ) : (
        <ol>
          {departments.map((department) => (
            <li key={department.departmentId}>
              <span className="ranking-name">{department.name}</span>
              <RankingReason list={list} department={department} />
            </li>
          ))}
        </ol>
      )}
      <p className="dashboard-rule">{rule}</p>
    </section>
  );
}

/** What put the department where it is: its overdue count, its on-time rate, or what it closed. */
function RankingReason({ list, department }: { list: RankingList; department: DepartmentStats }) {
  const { t, i18n } = useTranslation('dashboard');
  const onTime = t('ranking.onTime', { rate: formatRate(department.onTimeRate, i18n.language) });
  const reason = {
    red: `${t('ranking.overdueCount', { count: department.overdue })} · ${onTime}`,
    yellow: onTime,
    green: t('ranking.doneCount', { count: department.done }),
  }[list];
  return <span className="ranking-reason">{reason}</span>;
}
