import { useTranslation } from 'react-i18next';

/** The task's reported progress, 0–100, as an accessible progress bar with the number beside it. */
export function ProgressBar({ value }: { value: number }) {
  const { t } = useTranslation(['common', 'board']);
  const percent = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <div className="card-progress">
      <div
        className="card-progress-track"
        role="progressbar"
        aria-label={t('field.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('board:card.progress', { value: percent })}
      >
        <div className="card-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="card-progress-value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
