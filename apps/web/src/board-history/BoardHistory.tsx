import type { TaskView } from '@duban/contracts';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { historyEntry } from '../history/history-entries';
import { BoardHistoryEntry } from './BoardHistoryEntry';
import { hasHistoryFilters, isBackwardRange } from './history-filters';
import { ExportButton } from './ExportButton';
import { HistoryFilterBar } from './HistoryFilterBar';
import { IntegrityCheck } from './IntegrityCheck';
import { taskTitles } from './task-titles';
import { useBoardHistory } from './useBoardHistory';
import { useHistoryFilters } from './useHistoryFilters';
import './board-history.css';
import { LoadFailed } from '../ui/LoadFailed';

interface BoardHistoryProps {
  boardId: string;
  tasks: readonly TaskView[];
}

/**
 * /boards/:boardId?view=history — the board's audit trail (操作记录): every change with who, when and
 * each field's before → after, newest first, filtered by the URL, live.
 */
export function BoardHistory({ boardId, tasks }: BoardHistoryProps) {
  const { t } = useTranslation(['common', 'history']);
  const headingId = useId();
  const { filters, setFilters } = useHistoryFilters();
  const history = useBoardHistory(boardId, filters);
  const events = useMemo(() => history.data?.pages.flatMap((page) => page.events) ?? [], [history.data]);
  const entries = useMemo(() => events.map((event) => historyEntry(event)), [events]);
  const titleOf = useMemo(() => taskTitles(tasks, events), [tasks, events]);
  const backward = isBackwardRange(filters);
  const filteredTitle = filters.taskId
    ? (titleOf(filters.taskId).title ?? t('history:board.deletedTask'))
    : '';

  return (
    <section className="board-history" aria-labelledby={headingId}>
      <div className="board-history-heading">
        <h2 id={headingId}>{t('history:board.heading')}</h2>
        <div className="board-history-tools">
          <ExportButton boardId={boardId} filters={filters} />
          <IntegrityCheck boardId={boardId} />
        </div>
      </div>
      <HistoryFilterBar filters={filters} onChange={setFilters} tasks={tasks} taskTitle={filteredTitle} />
      {backward && (
        <p className="error" role="alert">
          {t('history:board.badRange')}
        </p>
      )}
      {!backward && history.isPending && <p className="muted">{t('loading')}</p>}
      {history.isError && <LoadFailed error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && entries.length === 0 && (
        <p className="muted">{t(hasHistoryFilters(filters) ? 'history:noMatches' : 'history:empty')}</p>
      )}
      {entries.length > 0 && (
        <ol className="board-history-list" data-testid="board-history">
          {entries.map((entry) => (
            <BoardHistoryEntry
              key={entry.seq}
              boardId={boardId}
              entry={entry}
              task={entry.taskId === null ? null : titleOf(entry.taskId)}
            />
          ))}
        </ol>
      )}
      {entries.length > 0 && (
        <div className="board-history-footer">
          <span className="muted" role="status">
            {t('history:board.showing', { count: entries.length })}
          </span>
          {history.hasNextPage ? (
            <button
              type="button"
              className="button-secondary"
              disabled={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {history.isFetchingNextPage ? t('history:board.loadingMore') : t('history:board.loadMore')}
            </button>
          ) : (
            <span className="muted">
              {t(hasHistoryFilters(filters) ? 'history:board.endFiltered' : 'history:board.end')}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
