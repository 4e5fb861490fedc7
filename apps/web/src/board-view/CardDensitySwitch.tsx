import { CARD_DENSITIES, type CardDensity } from '@duban/contracts';
import { useTranslation } from 'react-i18next';

const LABEL_KEY = { comfortable: 'view.densityComfortable', compact: 'view.densityCompact' } as const;

/** Comfortable or compact cards: the user's choice, kept on the server (usePreferences). */
export function CardDensitySwitch({
  density,
  onChange,
}: {
  density: CardDensity;
  onChange: (density: CardDensity) => void;
}) {
  const { t } = useTranslation('board');
  return (
    <div className="card-density" role="group" aria-label={t('view.density')}>
      {CARD_DENSITIES.map((option) => (
        <button
          key={option}
          type="button"
          className="button-secondary"
          aria-pressed={density === option}
          onClick={() => onChange(option)}
        >
          {t(LABEL_KEY[option])}
        </button>
      ))}
    </div>
  );
}
