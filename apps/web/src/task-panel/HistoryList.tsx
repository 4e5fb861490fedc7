import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { HistoryLine } from './HistoryLine';
import { historyEntries } from './task-history';

/** The task's audit trail (操作记录), newest first, kept live by the board's socket. */
export function HistoryList({ taskId }: { taskId: string }) {
  const { t } = useTranslation(['common', 'task']);
  const token = useToken();
  const history = useQuery({
    queryKey: queryKeys.history(taskId),
    queryFn: () => api.history(token, taskId),
  });
  const entries = useMemo(() => historyEntries(history.data ?? []), [history.data]);

  if (history.isPending) return <p className="muted">{t('loading')}</p>;
  if (history.isError) {
    return (
      <p className="error" role="alert">
        {`${t('loadFailed')}: ${history.error.message}`}{' '}
        <button type="button" className="button-secondary" onClick={() => void history.refetch()}>
          {t('retry')}
        </button>
      </p>
    );
  }
  if (entries.length === 0) return <p className="muted">{t('task:history.empty')}</p>;
  return (
    <ol className="history-list">
      {entries.map((entry) => (
        <HistoryLine key={entry.seq} entry={entry} />
      ))}
    </ol>
  );
}
