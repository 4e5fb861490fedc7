import { isAwaitingSignOff, type TaskView } from '@duban/contracts';

/**
 * Supervision marks on a card: still waiting for the lead department's sign-off, sent back N times. Both
 * are about work still open: a closed task carries neither (its returns stay in its history).
 */
export type CardBadge = { kind: 'awaitingSignOff' } | { kind: 'returned'; count: number };

type BadgeFields = Pick<TaskView, 'leadDepartmentId' | 'acknowledgedAt' | 'status' | 'returnCount'>;

export function cardBadges(task: BadgeFields): CardBadge[] {
  const badges: CardBadge[] = [];
  if (isAwaitingSignOff(task)) badges.push({ kind: 'awaitingSignOff' });
  if (task.returnCount > 0 && task.status !== 'done')
    badges.push({ kind: 'returned', count: task.returnCount });
  return badges;
}
