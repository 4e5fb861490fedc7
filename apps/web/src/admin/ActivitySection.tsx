import type { AdminActivityEntry } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../ui/LoadFailed';
import { TimeAgo } from '../ui/TimeAgo';
import { useAdminActivity } from './useAdminData';
import type { AdminTranslate } from './user-options';

/** 操作记录: what administrators did to departments and users, newest first. */
export function ActivitySection() {
  const { t } = useTranslation(['admin', 'common']);
  const activity = useAdminActivity();
  if (activity.error) return <LoadFailed error={activity.error} onRetry={() => void activity.refetch()} />;
  if (!activity.data) return <p className="muted">{t('common:loading')}</p>;
  if (activity.data.length === 0) return <p className="muted">{t('activity.empty')}</p>;
  return (
    <ol className="admin-list" aria-label={t('tabs.activity')} data-testid="admin-activity">
      {activity.data.map((entry) => (
        <li key={entry.id} className="admin-row admin-activity-entry">
          <span>{activitySentence(entry, t)}</span>
          <TimeAgo at={entry.at} />
        </li>
      ))}
    </ol>
  );
}

/**
 * "Admin renamed the department “A” to “B”"; roles in the reader's language, a missing or empty value (a
 * department's first keywords) as "none".
 */
export function activitySentence(entry: AdminActivityEntry, t: AdminTranslate): string {
  const value = (text: string | null | undefined) => {
    if (text === null || text === undefined || text === '') return t('activity.none');
    return entry.action === 'user.role_changed' ? t(`common:role.${text}`, { defaultValue: text }) : text;
  };
  return t(`activity.action.${entry.action}`, {
    actor: entry.actor.displayName,
    target: entry.target.name,
    before: value(entry.change?.before),
    after: value(entry.change?.after),
  });
}
