import type { TaskView } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import { cardBadges } from './card-badges';

type BadgeTask = Pick<
  TaskView,
  'leadDepartmentId' | 'acknowledgedAt' | 'status' | 'returnCount' | 'awaitingInstructionCount'
>;

/** The card's supervision marks: waiting for sign-off (待签收), returned ×N (退回), an instruction 待回复. */
export function SupervisionBadges({ task }: { task: BadgeTask }) {
  const { t } = useTranslation(['common', 'board']);
  const badges = cardBadges(task);
  if (badges.length === 0) return null;
  return (
    <p className="card-badges">
      {badges.map((badge) =>
        badge.kind === 'instructionAwaiting' ? (
          <span key={badge.kind} className="card-badge card-badge-instruction" data-badge={badge.kind}>
            {t('board:card.instructionAwaiting')}
          </span>
        ) : badge.kind === 'awaitingSignOff' ? (
          <span key={badge.kind} className="card-badge card-badge-sign-off" data-badge={badge.kind}>
            {t('board:card.awaitingSignOff')}
          </span>
        ) : (
          <span
            key={badge.kind}
            className="card-badge card-badge-returned"
            data-badge={badge.kind}
            title={t('board:card.returnedLabel', { count: badge.count })}
          >
            <span aria-hidden="true">{t('board:card.returned', { count: badge.count })}</span>
            <span className="sr-only">{t('board:card.returnedLabel', { count: badge.count })}</span>
          </span>
        ),
      )}
    </p>
  );
}
