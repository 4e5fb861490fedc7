import type { WaitingItem, WaitingSection } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWaitingForMe } from './useWaitingForMe';

/**
 * "Waiting for me" (待我处理) on /dashboard: the tasks that wait for the signed-in user, by role, each a link
 * to the task on its board, following every change live.
 */
export function WaitingForMe() {
  const { t } = useTranslation('dashboard');
  const waiting = useWaitingForMe();
  return (
    <section className="dashboard-section waiting" aria-labelledby="waiting-heading" data-testid="waiting">
      <h2 id="waiting-heading">{t('waiting.heading')}</h2>
      {waiting.isPending && <p className="muted">{t('waiting.loading')}</p>}
      {waiting.isError && (
        <p className="error" role="alert">
          {t('waiting.failed')}
        </p>
      )}
      {waiting.data && (
        <div className="waiting-sections">
          {waiting.data.sections.map((section) => (
            <WaitingList key={section.key} section={section} />
          ))}
        </div>
      )}
    </section>
  );
}

function WaitingList({ section }: { section: WaitingSection }) {
  const { t } = useTranslation('dashboard');
  const headingId = `waiting-${section.key}`;
  return (
    <section className="waiting-list" aria-labelledby={headingId} data-waiting={section.key}>
      <h3 id={headingId}>
        {t(`waiting.sections.${section.key}`)} <span className="waiting-total">{section.total}</span>
      </h3>
      {section.items.length === 0 ? (
        <p className="muted">{t('waiting.none')}</p>
      ) : (
        <ol>
          {section.items.map((item) => (
            <li key={item.taskId}>
              <Link to={`/boards/${item.boardId}/tasks/${item.taskId}`} className="waiting-title">
                {item.title}
              </Link>
              <span className="waiting-meta">
                <WaitingFigure sectionKey={section.key} item={item} />
                <span className="waiting-where muted">
                  {[item.boardTitle, item.leadDepartmentName].filter(Boolean).join(' · ')}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {section.total > section.items.length && (
        <p className="muted">{t('waiting.more', { count: section.total - section.items.length })}</p>
      )}
    </section>
  );
}

/** The figure that says how long it waits: days overdue, since escalated, since submitted or handed over. */
function WaitingFigure({ sectionKey, item }: { sectionKey: WaitingSection['key']; item: WaitingItem }) {
  const { t } = useTranslation('dashboard');
  const days = item.days ?? 0;
  const parts: string[] = [];
  let alarm = false;
  switch (sectionKey) {
    case 'overdue':
      parts.push(t('waiting.overdueDays', { count: days }));
      alarm = true;
      break;
    case 'escalated':
    case 'awaitingInstruction':
      parts.push(t('waiting.escalatedDays', { count: days }));
      alarm = true;
      break;
    case 'awaitingVerification':
      parts.push(t('waiting.submittedDays', { count: days }));
      break;
    case 'longestUnsigned':
    case 'unsigned':
      parts.push(t('waiting.unsignedDays', { count: days }));
      break;
    case 'returned':
    case 'reportsMissing':
      if (item.days !== null) {
        parts.push(t('waiting.overdueDays', { count: item.days }));
        alarm = true;
      }
      if (sectionKey === 'returned') parts.push(t('waiting.returnedTimes', { count: item.returnCount }));
      break;
  }
  if (parts.length === 0) return null;
  return <span className={alarm ? 'waiting-days dashboard-alarm' : 'waiting-days'}>{parts.join(' · ')}</span>;
}
