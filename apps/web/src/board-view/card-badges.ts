import { isAwaitingSignOff, type TaskView } from '@duban/contracts';

/**
 * Supervision marks on a card: still waiting for the lead department's sign-off, sent back N times. Both
 * are about work still open: a closed task carries neither (its returns stay in its history).
 */
export type CardBadge =
  | { kind: 'awaitingSignOff' }
  | { kind: 'returned'; count: number }
  /** A leader's instruction (领导批示) on the task awaits its lead department's response (待回复). */
  | { kind: 'instructionAwaiting' };

type BadgeFields = Pick<
  TaskView,
  'leadDepartmentId' | 'acknowledgedAt' | 'status' | 'returnCount' | 'awaitingInstructionCount'
>;

export function cardBadges(task: BadgeFields): CardBadge[] {
  const badges: CardBadge[] = [];
  if (isAwaitingSignOff(task)) badges.push({ kind: 'awaitingSignOff' });
  if (task.returnCount > 0 && task.status !== 'done')
    badges.push({ kind: 'returned', count: task.returnCount });
  if ((task.awaitingInstructionCount ?? 0) > 0) badges.push({ kind: 'instructionAwaiting' });
  return badges;
}
