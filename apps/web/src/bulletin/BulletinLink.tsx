import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Bulletin / 督办通报": the board's supervision bulletin for this month, from its dashboard and header. */
export function BulletinLink({ boardId }: { boardId: string }) {
  const { t } = useTranslation('bulletin');
  return (
    <Link to={`/boards/${boardId}/circular`} className="button-secondary">
      {t('link')}
    </Link>
  );
}
