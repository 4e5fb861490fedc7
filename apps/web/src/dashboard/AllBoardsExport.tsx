import { routes, type UiLanguage } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { ExportDownloadButton } from '../api/ExportDownloadButton';

/**
 * On /dashboard: every board the user may see in one file (导出全部台账) — Excel with a sheet per board, or
 * one CSV led by a Board column — in the language on screen and this browser's time zone. The dashboard
 * has no filters of its own, so none are sent: the file holds every task of those boards.
 */
export function AllBoardsExport() {
  const { t, i18n } = useTranslation('table');
  const query = () => ({
    lang: (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') satisfies UiLanguage,
    tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  return (
    <div className="all-boards-export" role="group" aria-label={t('export.allLabel')}>
      <ExportDownloadButton route={routes.exportAllTasksXlsx} query={query} label={t('export.allXlsx')} />
      <ExportDownloadButton route={routes.exportAllTasksCsv} query={query} label={t('export.allCsv')} />
    </div>
  );
}
