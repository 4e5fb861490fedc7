import { localToday, type TaskView } from '@duban/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '../api/useDirectory';
import { DepartmentList } from './DepartmentList';
import { awaitingSignOff, overdueByDepartment } from './department-tallies';
import { useBoardReporting } from './useBoardReporting';
import './board-supervision.css';

/**
 * The board's supervision at a glance: who is late, who has not signed for their tasks, who has not
 * reported. Each list names lead departments, the one waiting longest first.
 */
export function SupervisionSummary({ boardId, tasks }: { boardId: string; tasks: readonly TaskView[] }) {
  const { t } = useTranslation(['common', 'supervision']);
  const { departmentName } = useDirectory();
  const reporting = useBoardReporting(boardId);
  const today = localToday();
  const period = reporting.data?.period ?? null;
  const overdue = overdueByDepartment(tasks, today);
  const awaiting = awaitingSignOff(tasks, today);
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = (entries: readonly { taskIds: readonly string[] }[]) =>
    entries.reduce((sum, entry) => sum + entry.taskIds.length, 0);

  return (
    <>
      {/* Phones only (board-supervision.css): folds the board's description, rules and this summary away. */}
      <button
        type="button"
        className="button-secondary board-details-toggle"
        aria-expanded={open}
        aria-controls={id}
        data-testid="board-details-toggle"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
        {t('supervision:details', { overdue: count(overdue), awaiting: count(awaiting) })}
      </button>
      <section id={id} className="supervision-summary" aria-label={t('supervision:label')}>
        <DepartmentList
          testId="overdue"
          heading={t('supervision:overdue')}
          empty={t('supervision:noneOverdue')}
          entries={overdue}
          line={(entry) =>
            t('supervision:overdueEntry', {
              department: departmentName(entry.departmentId),
              count: entry.taskIds.length,
              days: entry.longestDays,
            })
          }
        />
        <DepartmentList
          testId="awaiting-sign-off"
          heading={t('supervision:awaitingSignOff')}
          empty={t('supervision:allSigned')}
          entries={awaiting}
          line={(entry) =>
            t('supervision:awaitingEntry', {
              department: departmentName(entry.departmentId),
              count: entry.taskIds.length,
              days: entry.longestDays,
            })
          }
        />
        {period && (
          <DepartmentList
            testId="not-reported"
            heading={t('supervision:notReported', { dueBy: period.dueBy })}
            empty={t('supervision:allReported')}
            entries={reporting.data?.missing ?? []}
            line={(entry) =>
              t('supervision:missingEntry', {
                department: departmentName(entry.departmentId),
                count: entry.taskIds.length,
              })
            }
          />
        )}
      </section>
    </>
  );
}
