import { localToday, type TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { awaitingSignOff } from './awaiting-sign-off';
import { useBoardReporting } from './useBoardReporting';
import './board-supervision.css';

/** The board's supervision at a glance: who has not signed for their tasks, who has not reported. */
export function SupervisionSummary({ boardId, tasks }: { boardId: string; tasks: readonly TaskView[] }) {
  const { t } = useTranslation(['common', 'supervision']);
  const { departmentName } = useDirectory();
  const reporting = useBoardReporting(boardId);
  const awaiting = awaitingSignOff(tasks, localToday());
  const period = reporting.data?.period ?? null;
  const missing = reporting.data?.missing ?? [];

  return (
    <section className="supervision-summary" aria-label={t('supervision:label')}>
      <div data-testid="awaiting-sign-off">
        <h2>{t('supervision:awaitingSignOff')}</h2>
        {awaiting.length === 0 ? (
          <p className="muted">{t('supervision:allSigned')}</p>
        ) : (
          <ul>
            {awaiting.map((entry) => (
              <li key={entry.departmentId}>
                {t('supervision:awaitingEntry', {
                  department: departmentName(entry.departmentId),
                  count: entry.taskIds.length,
                  days: entry.longestDays,
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {period && (
        <div data-testid="not-reported">
          <h2>{t('supervision:notReported', { dueBy: period.dueBy })}</h2>
          {missing.length === 0 ? (
            <p className="muted">{t('supervision:allReported')}</p>
          ) : (
            <ul>
              {missing.map((entry) => (
                <li key={entry.departmentId}>
                  {t('supervision:missingEntry', {
                    department: departmentName(entry.departmentId),
                    count: entry.taskIds.length,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
