import type { TaskView } from '@duban/contracts';

/** One line of where a task stands in the supervision lifecycle, for the panel to put into words. */
export type SupervisionFact =
  | { kind: 'unassigned' }
  | { kind: 'awaitingSignOff'; departmentId: string; since: string | null }
  | { kind: 'signedFor'; byId: string | null; at: string }
  | { kind: 'awaitingVerification'; since: string | null }
  | { kind: 'returned'; count: number; reason: string }
  | { kind: 'reopened'; reason: string }
  | { kind: 'verified'; byId: string | null; at: string; note: string };

/** The facts in the order they happened: assignment and sign-off, returns, reopening, submission, verification. */
export function supervisionFacts(task: TaskView): SupervisionFact[] {
  const facts: SupervisionFact[] = [];
  const done = task.status === 'done';
  if (task.leadDepartmentId === null) {
    if (!done) facts.push({ kind: 'unassigned' });
  } else if (task.acknowledgedAt === null) {
    if (!done)
      facts.push({ kind: 'awaitingSignOff', departmentId: task.leadDepartmentId, since: task.assignedAt });
  } else {
    facts.push({ kind: 'signedFor', byId: task.acknowledgedById, at: task.acknowledgedAt });
  }
  if (task.returnCount > 0) {
    facts.push({ kind: 'returned', count: task.returnCount, reason: task.returnReason });
  }
  // A closed task a supervisor reopened: why, for the department taking it up again.
  if (task.reopenReason !== '') facts.push({ kind: 'reopened', reason: task.reopenReason });
  if (task.status === 'in_review') facts.push({ kind: 'awaitingVerification', since: task.submittedAt });
  if (done && task.verifiedAt !== null) {
    facts.push({
      kind: 'verified',
      byId: task.verifiedById,
      at: task.verifiedAt,
      note: task.verificationNote,
    });
  }
  return facts;
}
