import type { BoardSettings } from '@duban/contracts';
import { useTranslation } from 'react-i18next';
import './board-settings.css';

/** The board's supervision rules in one line, so everyone can see why a light is yellow or a report owed. */
export function BoardRules({ settings }: { settings: BoardSettings }) {
  const { t } = useTranslation('boardSettings');
  const reports = {
    none: () => t('rules.reportsNone'),
    weekly: () => t('rules.reportsWeekly', { day: t(weekdayKey(settings.reportDay)) }),
    monthly: () => t('rules.reportsMonthly', { day: settings.reportDay }),
  }[settings.reportCadence]();
  const rules = [
    t('rules.dueSoon', { count: settings.dueSoonDays }),
    reports,
    t('rules.escalation', { count: settings.escalationDays }),
  ];
  return (
    <p className="muted board-rules" data-testid="board-rules">
      {rules.join(t('rules.separator'))}
    </p>
  );
}

const WEEKDAY_KEYS = [
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
  'weekday.7',
] as const;

function weekdayKey(day: number): (typeof WEEKDAY_KEYS)[number] {
  return WEEKDAY_KEYS[Math.min(Math.max(day, 1), 7) - 1]!;
}
