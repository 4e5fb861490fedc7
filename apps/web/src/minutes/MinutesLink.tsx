import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Minutes / 会议纪要": the meeting minutes the board's tasks came from, in the board header. */
export function MinutesLink({ boardId }: { boardId: string }) {
  const { t } = useTranslation('minutes');
  return (
    <Link to={`/boards/${encodeURIComponent(boardId)}/minutes`} className="button-secondary">
      {t('link')}
    </Link>
  );
}
