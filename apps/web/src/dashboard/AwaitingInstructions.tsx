import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAwaitingInstructions } from './useAwaitingInstructions';
import './instructions.css';

/**
 * "Instructions awaiting response" (待回复的批示) on the dashboard: each leader instruction not yet answered
 * by its lead department, longest waiting first, how long it has waited, a link to its task; live.
 */
export function AwaitingInstructions({ boardId }: { boardId: string | null }) {
  const { t } = useTranslation(['dashboard', 'common']);
  const instructions = useAwaitingInstructions(boardId);
  return (
    <section
      className="dashboard-section awaiting-instructions"
      aria-labelledby="awaiting-instructions-heading"
      data-testid="awaiting-instructions"
    >
      <h2 id="awaiting-instructions-heading">
        {t('dashboard:instructions.heading')}{' '}
        {instructions.data && (
          <span className="awaiting-instructions-total">{instructions.data.items.length}</span>
        )}
      </h2>
      {instructions.isError && (
        <p className="error" role="alert">
          {t('dashboard:instructions.failed')}
        </p>
      )}
      {instructions.data?.items.length === 0 && <p className="muted">{t('dashboard:instructions.none')}</p>}
      {instructions.data && instructions.data.items.length > 0 && (
        <ol className="awaiting-instructions-list">
          {instructions.data.items.map((item) => (
            <li key={item.id} data-instruction={item.id}>
              <Link
                to={`/boards/${item.boardId}/tasks/${item.taskId}`}
                className="awaiting-instructions-task"
              >
                {item.taskTitle}
              </Link>
              <span className="awaiting-instructions-age" data-testid="instruction-age">
                {t('dashboard:instructions.age', { days: t('common:days', { count: item.waitingDays }) })}
              </span>
              <span className="awaiting-instructions-where muted">
                {[
                  t('dashboard:instructions.by', { name: item.leaderName }),
                  item.leadDepartmentName,
                  boardId === null ? item.boardTitle : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="awaiting-instructions-text">{excerpt(item.body)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The start of the instruction as plain words (its Markdown is on the task). */
function excerpt(markdown: string): string {
  const text = markdown
    .replace(/[*_`#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
