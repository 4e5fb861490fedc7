import { routes } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';

/**
 * Recomputes the board's tamper-evident hash chain on the server (留痕) and says whether the log is
 * intact: every event as recorded, none removed, none altered.
 */
export function IntegrityCheck({ boardId }: { boardId: string }) {
  const { t } = useTranslation('history');
  const token = useToken();
  const check = useMutation({
    mutationFn: () => call(routes.verifyBoardAudit, { token, params: { boardId } }),
  });
  const result = check.data;

  return (
    <div className="integrity-check">
      <button
        type="button"
        className="button-secondary"
        disabled={check.isPending}
        onClick={() => check.mutate()}
      >
        {check.isPending ? t('integrity.checking') : t('integrity.check')}
      </button>
      <span role="status" data-testid="integrity-result">
        {result?.ok === true && (
          <>
            <span className="integrity-ok">{t('integrity.intact', { count: result.checked })}</span>{' '}
            <span className="integrity-fingerprint" title={t('integrity.fingerprintHint')}>
              {t('integrity.fingerprint')} <code data-testid="integrity-fingerprint">{result.headHash}</code>
            </span>
          </>
        )}
        {result?.ok === false && (
          <span className="error">
            {t('integrity.broken', { seq: result.firstBrokenSeq, count: result.checked })}
          </span>
        )}
        {check.isError && <span className="error">{`${t('integrity.failed')}: ${check.error.message}`}</span>}
      </span>
    </div>
  );
}
