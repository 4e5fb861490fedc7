import { useTranslation } from 'react-i18next';
import { localDateTime, relativeTime } from './relative-time';
import { useNow } from './useNow';

/** A relative time ("5 minutes ago"), with the full local date and time on hover. */
export function TimeAgo({ at }: { at: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  return (
    <time className="muted time-ago" dateTime={at} title={localDateTime(at, i18n.language)}>
      {relativeTime(at, now, i18n.language)}
    </time>
  );
}
