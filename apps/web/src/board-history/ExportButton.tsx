import { routes } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { historyExportParams, isBackwardRange, type HistoryFilters } from './history-filters';

/** Saves the history as filtered to a CSV file (留痕台账) for reports and archives. */
export function ExportButton({ boardId, filters }: { boardId: string; filters: HistoryFilters }) {
  const { t } = useTranslation('history');
  const token = useToken();
  const download = useMutation({
    mutationFn: () =>
      downloadFile(routes.exportBoardHistory, {
        token,
        params: { boardId },
        query: historyExportParams(filters),
      }),
  });
  return (
    <span className="history-export">
      <button
        type="button"
        className="button-secondary"
        disabled={download.isPending || isBackwardRange(filters)}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t('export.preparing') : t('export.download')}
      </button>
      {download.isError && (
        <span className="error" role="alert">{`${t('export.failed')}: ${download.error.message}`}</span>
      )}
    </span>
  );
}
