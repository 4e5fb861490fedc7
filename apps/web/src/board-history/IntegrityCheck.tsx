import { routes, type AuditVerification } from '@duban/contracts';
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
        {result && <IntegrityResult result={result} />}
        {check.isError && <span className="error">{`${t('integrity.failed')}: ${check.error.message}`}</span>}
      </span>
    </div>
  );
}

/** What a verification found: the chain intact or where it breaks, and any evidence file altered since. */
export function IntegrityResult({ result }: { result: AuditVerification }) {
  const { t } = useTranslation('history');
  const altered = result.files.mismatched;
  const chainIntact = result.firstBrokenSeq === undefined;
  return (
    <>
      {chainIntact ? (
        <>
          <span className={result.ok ? 'integrity-ok' : undefined}>
            {t('integrity.intact', { count: result.checked })}
          </span>{' '}
          <span className="integrity-fingerprint" title={t('integrity.fingerprintHint')}>
            {t('integrity.fingerprint')} <code data-testid="integrity-fingerprint">{result.headHash}</code>
          </span>
        </>
      ) : (
        <span className="error">
          {t('integrity.broken', { seq: result.firstBrokenSeq, count: result.checked })}
        </span>
      )}
      {altered.length > 0 && (
        <span className="error" data-testid="integrity-files">
          {' '}
          {t('integrity.filesAltered', {
            count: altered.length,
            names: altered.map((file) => `“${file.name}”`).join(', '),
          })}
        </span>
      )}
    </>
  );
}
