import { canAdminister } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { ActivitySection } from './ActivitySection';
import { DepartmentsSection } from './DepartmentsSection';
import { UsersSection } from './UsersSection';
import './admin.css';

const SECTIONS = ['departments', 'users', 'activity'] as const;
type Section = (typeof SECTIONS)[number];

/** /admin (系统管理): departments, users and the administration log, for administrators only. */
export function AdminPage() {
  const { t } = useTranslation(['admin', 'common']);
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  if (!me) return <p className="muted">{t('common:loading')}</p>;
  if (!canAdminister(me)) return <NotAllowed />;
  const asked = searchParams.get('section');
  const section: Section = SECTIONS.find((candidate) => candidate === asked) ?? 'departments';

  return (
    <div className="admin-page">
      <h1>{t('heading')}</h1>
      <div className="admin-tabs" role="tablist" aria-label={t('tabs.label')}>
        {SECTIONS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            id={`admin-tab-${candidate}`}
            aria-selected={candidate === section}
            aria-controls="admin-section"
            className={candidate === section ? 'admin-tab admin-tab-selected' : 'admin-tab'}
            onClick={() => setSearchParams({ section: candidate }, { replace: true })}
          >
            {t(`tabs.${candidate}`)}
          </button>
        ))}
      </div>
      <div id="admin-section" role="tabpanel" aria-labelledby={`admin-tab-${section}`}>
        {section === 'departments' && <DepartmentsSection />}
        {section === 'users' && <UsersSection />}
        {section === 'activity' && <ActivitySection />}
      </div>
    </div>
  );
}

function NotAllowed() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <div className="admin-page" role="alert">
      <h1>{t('notAllowed.heading')}</h1>
      <p>{t('notAllowed.text')}</p>
      <Link to="/boards">{t('notAllowed.back')}</Link>
    </div>
  );
}
