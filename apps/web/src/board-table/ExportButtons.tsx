import { routes, taskFiltersToQuery, type TaskFilters, type UiLanguage } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../api/api-client';
import { useToken } from '../auth/useAuth';

type ExportFormat = 'csv' | 'xlsx';

const ROUTES = { csv: routes.exportTasksCsv, xlsx: routes.exportTasksXlsx } as const;

/**
 * Download CSV / Download Excel (导出): the server writes the rows the table shows with these filters (in
 * board order), headers in the language on screen, times on this browser's clock. The button says
 * "Preparing…" until the file has arrived; a large board's file streams, so that may take a moment.
 */
export function ExportButtons({ boardId, filters }: { boardId: string; filters: TaskFilters }) {
  const { t } = useTranslation('table');
  return (
    <div className="table-exports" role="group" aria-label={t('export.label')}>
      <ExportButton boardId={boardId} filters={filters} format="csv" label={t('export.csv')} />
      <ExportButton boardId={boardId} filters={filters} format="xlsx" label={t('export.xlsx')} />
    </div>
  );
}

interface ExportButtonProps {
  boardId: string;
  filters: TaskFilters;
  format: ExportFormat;
  label: string;
}

function ExportButton({ boardId, filters, format, label }: ExportButtonProps) {
  const { t, i18n } = useTranslation('table');
  const token = useToken();
  const download = useMutation({
    mutationFn: () =>
      downloadFile(ROUTES[format], {
        token,
        params: { boardId },
        query: {
          ...taskFiltersToQuery(filters),
          lang: (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies UiLanguage,
          tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
        },
      }),
  });
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        disabled={download.isPending}
        aria-busy={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t('export.preparing') : label}
      </button>
      {download.isError && (
        <span className="error" role="alert">{`${t('export.failed')}: ${download.error.message}`}</span>
      )}
    </>
  );
}
