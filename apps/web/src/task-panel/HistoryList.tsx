import { HISTORY_CATEGORY_NAMES, routes, type HistoryCategory } from '@duban/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { CategorySelect } from '../history/CategorySelect';
import { entriesIn, historyEntries } from '../history/history-entries';
import { HistoryItem } from '../history/HistoryItem';
import { TimeAgo } from '../ui/TimeAgo';
import { LoadFailed } from '../ui/LoadFailed';

/** A task's history holds everything but changes to the board itself. */
const TASK_CATEGORIES = HISTORY_CATEGORY_NAMES.filter((category) => category !== 'board');

/** The task's audit trail (操作记录), newest first, kept live by the board's socket. */
export function HistoryList({ taskId }: { taskId: string }) {
  const { t } = useTranslation(['common', 'history']);
  const token = useToken();
  const [category, setCategory] = useState<HistoryCategory | null>(null);
  const history = useQuery({
    queryKey: queryKeys.history(taskId),
    queryFn: () => call(routes.taskHistory, { token, params: { taskId } }),
  });
  const entries = useMemo(() => historyEntries(history.data ?? []), [history.data]);
  const shown = entriesIn(entries, category);

  if (history.isPending) return <p className="muted">{t('loading')}</p>;
  if (history.isError) return <LoadFailed error={history.error} onRetry={() => void history.refetch()} />;
  if (entries.length === 0) return <p className="muted">{t('history:empty')}</p>;
  return (
    <>
      <CategorySelect
        value={category}
        onChange={setCategory}
        className="history-category"
        categories={TASK_CATEGORIES}
      />
      {shown.length === 0 ? (
        <p className="muted">{t('history:noMatches')}</p>
      ) : (
        <ol className="history-list">
          {shown.map((entry) => (
            <HistoryItem key={entry.seq} entry={entry} meta={<TimeAgo at={entry.at} />} />
          ))}
        </ol>
      )}
    </>
  );
}
