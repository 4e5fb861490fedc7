import { useTranslation } from 'react-i18next';
import { useBoardLive } from '../board-live/board-live-context';

/** A quiet live/connecting indicator, and a banner while offline: edits pause until the board catches up. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { state } = useBoardLive();
  return (
    <>
      <span className={`live-state live-${state}`} data-testid="live-state" role="status">
        {t(`connection.${state}`)}
      </span>
      {state !== 'live' && (
        <p className="offline-banner" role="alert">
          {t('offlineBanner')}
        </p>
      )}
    </>
  );
}
