import { canManageTasks } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { MinutesImport } from './MinutesImport';

/**
 * /boards/:boardId/minutes/import: paste or drop a board's meeting minutes, review one draft task per
 * decision, create them all. Supervisors and administrators only (the API refuses others too).
 */
export function MinutesImportPage() {
  const { t } = useTranslation(['minutesImport', 'common']);
  const { boardId = '' } = useParams();
  const me = useMe();
  return (
    <section className="minutes-import" aria-labelledby="minutes-import-heading">
      <Link to={`/boards/${boardId}`} className="minutes-import-back">
        ← {t('backToBoard')}
      </Link>
      <h1 id="minutes-import-heading">{t('title')}</h1>
      {!me && <p className="muted">{t('common:loading')}</p>}
      {me && !canManageTasks(me) && (
        <p className="error" role="alert">
          {t('notAllowed')}
        </p>
      )}
      {me && canManageTasks(me) && <MinutesImport boardId={boardId} />}
    </section>
  );
}
