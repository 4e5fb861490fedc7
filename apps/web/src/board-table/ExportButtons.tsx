import { routes, taskFiltersToQuery, type TaskFilters, type UiLanguage } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { ExportDownloadButton } from '../api/ExportDownloadButton';

/**
 * Download CSV / Download Excel (导出): the server writes the rows the table shows with these filters (in
 * board order), headers in the language on screen, times on this browser's clock. While the file streams
 * in, the button says how far it has come (ExportDownloadButton) and a Cancel button stands beside it.
 */
export function ExportButtons({ boardId, filters }: { boardId: string; filters: TaskFilters }) {
  const { t, i18n } = useTranslation('table');
  const query = () => ({
    ...taskFiltersToQuery(filters),
    lang: (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies UiLanguage,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  return (
    <div className="table-exports" role="group" aria-label={t('export.label')}>
      <ExportDownloadButton
        route={routes.exportTasksCsv}
        params={{ boardId }}
        query={query}
        label={t('export.csv')}
      />
      <ExportDownloadButton
        route={routes.exportTasksXlsx}
        params={{ boardId }}
        query={query}
        label={t('export.xlsx')}
      />
    </div>
  );
}
