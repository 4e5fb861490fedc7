import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WaitingForMe } from './WaitingForMe';
import './waiting.css';

/** On /dashboard, above the figures: the link to the wall display and what waits for the signed-in user. */
export function DashboardForMe() {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <p className="dashboard-wall-link">
        <Link to="/dashboard/wall" className="button-secondary">
          {t('wall.link')}
        </Link>
      </p>
      <WaitingForMe />
    </>
  );
}
