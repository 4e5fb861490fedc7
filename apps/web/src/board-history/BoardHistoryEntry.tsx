import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { HistoryEntry } from '../history/history-entries';
import { HistoryItem } from '../history/HistoryItem';
import { localDateTime } from '../ui/relative-time';
import { TimeAgo } from '../ui/TimeAgo';
import type { TaskTitle } from './task-titles';

interface BoardHistoryEntryProps {
  boardId: string;
  entry: HistoryEntry;
  /** Null for a change to the board itself. */
  task: TaskTitle | null;
}

/** One entry of the board's history: when, on which task (a link to its panel), who, what. */
export function BoardHistoryEntry({ boardId, entry, task }: BoardHistoryEntryProps) {
  const { i18n } = useTranslation();
  const meta = (
    <>
      <time dateTime={entry.at}>{localDateTime(entry.at, i18n.language)}</time>
      <TimeAgo at={entry.at} />
      <span className="board-history-task">
        <EntrySubject boardId={boardId} taskId={entry.taskId} task={task} />
      </span>
    </>
  );
  return <HistoryItem entry={entry} meta={meta} />;
}

interface EntrySubjectProps {
  boardId: string;
  taskId: string | null;
  task: TaskTitle | null;
}

function EntrySubject({ boardId, taskId, task }: EntrySubjectProps) {
  const { t } = useTranslation('history');
  const { search } = useLocation();
  if (taskId === null || task === null)
    return <span data-testid="history-task">{t('board.boardItself')}</span>;
  const title = task.title ?? t('board.deletedTask');
  if (task.deleted) {
    return (
      <>
        <span data-testid="history-task">{title}</span>{' '}
        <span className="board-history-deleted">{t('board.deleted')}</span>
      </>
    );
  }
  // The panel opens over the history, as it does over the board; closing it comes back here.
  const pathname = `/boards/${encodeURIComponent(boardId)}/tasks/${encodeURIComponent(taskId)}`;
  return (
    <Link to={{ pathname, search }} data-testid="history-task">
      {title}
    </Link>
  );
}
