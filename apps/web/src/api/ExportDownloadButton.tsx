import type { RouteDefinition } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToken } from '../auth/useAuth';
import {
  downloadWithProgress,
  isAborted,
  NO_PROGRESS,
  progressPercent,
  type DownloadProgress,
} from './download-progress';
import './export-download.css';

type FileRoute = RouteDefinition & { response: { kind: 'file'; fileName: string } };

interface ExportDownloadButtonProps {
  route: FileRoute;
  params?: Record<string, string>;
  /** Read when the button is pressed: the filters, language and time zone as they are then. */
  query: () => Record<string, string | undefined>;
  label: string;
}

/**
 * A download button (导出) that says how far the file has come while it streams in: "Preparing… 42%" for a
 * CSV (its rows counted against the number the server announced), "Preparing… 240 KB" for an XLSX (a zip:
 * only its bytes can be counted), and a Cancel button beside it meanwhile. Leaving the page cancels too.
 */
export function ExportDownloadButton({ route, params, query, label }: ExportDownloadButtonProps) {
  const { t, i18n } = useTranslation('table');
  const token = useToken();
  const [progress, setProgress] = useState<DownloadProgress>(NO_PROGRESS);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const download = useMutation({
    mutationFn: async () => {
      const controller = new AbortController();
      running.current = controller;
      setProgress(NO_PROGRESS);
      try {
        await downloadWithProgress(route, {
          token,
          params,
          query: query(),
          signal: controller.signal,
          onProgress: setProgress,
        });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
  });
  const failed = download.isError && !isAborted(download.error);
  return (
    <>
      <button
        type="button"
        className="button-secondary export-download"
        disabled={download.isPending}
        aria-busy={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? preparing(t, i18n.language, progress) : label}
      </button>
      {download.isPending && (
        <button
          type="button"
          className="button-secondary export-cancel"
          aria-label={t('export.cancelLabel', { label })}
          onClick={() => running.current?.abort()}
        >
          {t('export.cancel')}
        </button>
      )}
      {failed && (
        <span className="error" role="alert">{`${t('export.failed')}: ${download.error.message}`}</span>
      )}
    </>
  );
}

function preparing(t: TFunction<'table'>, language: string, progress: DownloadProgress): string {
  const percent = progressPercent(progress);
  if (percent !== null) return t('export.preparingPercent', { percent });
  if (progress.bytes > 0) {
    const kb = new Intl.NumberFormat(language).format(Math.max(1, Math.round(progress.bytes / 1024)));
    return t('export.preparingKb', { kb });
  }
  return t('export.preparing');
}
