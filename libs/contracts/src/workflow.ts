import { isSupervising } from './access-policy';
import type { TaskKind, TaskStatus, UserRole } from './common';
import type { EditableTaskField } from './tasks';

/**
 * The supervision lifecycle (督办流程): assign (交办) → acknowledge (签收) → carry out and report (办理/反馈)
 * → submit for verification (提交审核) → verify and close (审核销号), or return (退回). Pure rules shared by
 * the API, which enforces them on every path, and the web client, which only offers what they allow.
 * Each function answers null when the action is allowed, or the reason it is not.
 */

interface Actor {
  role: UserRole;
  departmentId: string | null;
}

export interface WorkflowTask {
  kind: TaskKind;
  status: TaskStatus;
  leadDepartmentId: string | null;
  acknowledgedAt: string | null;
  measures: string;
  result: string;
}

export type Refusal = string | null;

export function isLeadDepartmentMember(actor: Actor, task: Pick<WorkflowTask, 'leadDepartmentId'>): boolean {
  return (
    actor.role === 'member' && actor.departmentId !== null && actor.departmentId === task.leadDepartmentId
  );
}

/** 待签收: handed to a lead department that has not signed for it yet, and not closed. */
export function isAwaitingSignOff(
  task: Pick<WorkflowTask, 'leadDepartmentId' | 'acknowledgedAt' | 'status'>,
): boolean {
  return task.leadDepartmentId !== null && task.acknowledgedAt === null && task.status !== 'done';
}

export function acknowledgeRefusal(actor: Actor, task: WorkflowTask): Refusal {
  if (task.leadDepartmentId === null) return 'The task has no lead department to sign for it yet';
  if (!isLeadDepartmentMember(actor, task)) return 'Only the lead department signs for (acknowledges) a task';
  if (task.acknowledgedAt !== null) return 'The lead department has already signed for this task';
  return null;
}

/** Submitting needs the result; a rectification item also needs its measures. */
export function submitRefusal(actor: Actor, task: WorkflowTask, result: string): Refusal {
  if (!isLeadDepartmentMember(actor, task) && !isSupervising(actor)) {
    return STATUS_CHANGE_REFUSALS.leadDepartmentSubmits;
  }
  if (task.status !== 'in_progress') return 'Only a task in progress can be submitted for verification';
  const code = statusChangeRefusalCode(actor, { ...task, result }, 'in_review');
  return code && STATUS_CHANGE_REFUSALS[code];
}

/** The verifier is never the doer: supervisors and admins outside the lead department. */
export function verifierRefusal(actor: Actor, task: WorkflowTask): Refusal {
  const code = verifierRefusalCode(actor, task);
  return code && STATUS_CHANGE_REFUSALS[code];
}

export function verifyRefusal(actor: Actor, task: WorkflowTask, note: string): Refusal {
  const verifier = verifierRefusal(actor, task);
  if (verifier) return verifier;
  if (task.status !== 'in_review') return 'Only a task awaiting verification can be closed';
  if (task.kind === 'rectification' && note.trim() === '') {
    return 'Closing a rectification item needs a verification note';
  }
  return null;
}

export function returnRefusal(actor: Actor, task: WorkflowTask, reason: string): Refusal {
  const verifier = verifierRefusal(actor, task);
  if (verifier) return verifier;
  if (task.status !== 'in_review') return 'Only a task awaiting verification can be returned';
  if (reason.trim() === '') return 'Say why the task is returned';
  return null;
}

/**
 * Why a task may not take a status by a move or an edit, as a code: the API words it in English
 * (`STATUS_CHANGE_REFUSALS`), the web in the reader's language (board.json `refusal.<code>`).
 */
export const STATUS_CHANGE_REFUSAL_CODES = [
  'verifierOnly',
  'notOwnTask',
  'rectificationNeedsNote',
  'leadDepartmentSubmits',
  'resultMissing',
  'measuresMissing',
  'reopenWithReason',
  'supervisorReopens',
  'returnedByVerifier',
  'signForFirst',
] as const;
export type StatusChangeRefusalCode = (typeof STATUS_CHANGE_REFUSAL_CODES)[number];

export const STATUS_CHANGE_REFUSALS: Record<StatusChangeRefusalCode, string> = {
  verifierOnly: 'Only a supervisor or an administrator verifies and closes tasks',
  notOwnTask: 'The lead department cannot verify its own task: someone independent must',
  rectificationNeedsNote: 'Close a rectification item through verification, with a note',
  leadDepartmentSubmits: 'Only the lead department submits a task for verification',
  resultMissing: 'Describe the result before submitting for verification',
  measuresMissing: 'A rectification item needs its rectification measures before it can be submitted',
  reopenWithReason: 'Reopen a closed task with a reason rather than moving it',
  supervisorReopens: 'Only a supervisor reopens a closed task',
  returnedByVerifier: 'A task awaiting verification goes back only when a verifier returns it, with a reason',
  signForFirst: 'The lead department must sign for the task before work starts',
};

function verifierRefusalCode(actor: Actor, task: WorkflowTask): StatusChangeRefusalCode | null {
  if (!isSupervising(actor)) return 'verifierOnly';
  if (actor.departmentId !== null && actor.departmentId === task.leadDepartmentId) return 'notOwnTask';
  return null;
}

/**
 * The generic move/PATCH paths obey the same rules: Done only through verification, Awaiting verification
 * only with what submitting needs, and work starts only after the lead department has signed.
 */
export function statusChangeRefusalCode(
  actor: Actor,
  task: WorkflowTask,
  to: TaskStatus,
): StatusChangeRefusalCode | null {
  if (to === task.status) return null;
  if (to === 'done') {
    return (
      verifierRefusalCode(actor, task) ?? (task.kind === 'rectification' ? 'rectificationNeedsNote' : null)
    );
  }
  if (to === 'in_review') {
    if (!isLeadDepartmentMember(actor, task) && !isSupervising(actor)) return 'leadDepartmentSubmits';
    if (task.result.trim() === '') return 'resultMissing';
    if (task.kind === 'rectification' && task.measures.trim() === '') return 'measuresMissing';
    return null;
  }
  if (task.status === 'done') return isSupervising(actor) ? 'reopenWithReason' : 'supervisorReopens';
  if (task.status === 'in_review') return 'returnedByVerifier';
  if (to === 'in_progress' && task.acknowledgedAt === null && !isSupervising(actor)) return 'signForFirst';
  return null;
}

export function statusChangeRefusal(actor: Actor, task: WorkflowTask, to: TaskStatus): Refusal {
  const code = statusChangeRefusalCode(actor, task, to);
  return code && STATUS_CHANGE_REFUSALS[code];
}

/**
 * What the lead department submits for verification (提交审核), and the verifier judges: the progress, the
 * measures, the result and the evidence. Frozen while the task awaits verification, until it is returned.
 */
export const SUBMISSION_FIELDS = [
  'progress',
  'measures',
  'result',
  'evidence',
  'evidenceLinks',
] as const satisfies readonly EditableTaskField[];

export const SUBMISSION_FROZEN = 'Awaiting verification: the submission is frozen until it is returned';
export const CLOSED_READ_ONLY = 'Closed tasks are read-only; a supervisor can reopen it';

/** A closed task is the record of verified work: read-only but for its comments, until it is reopened. */
export function isReadOnlyTask(task: Pick<WorkflowTask, 'status'>): boolean {
  return task.status === 'done';
}

/** Why the task's status keeps this field as it is (whoever asks); null when the field may change. */
export function frozenFieldRefusal(task: Pick<WorkflowTask, 'status'>, field: EditableTaskField): Refusal {
  if (isReadOnlyTask(task)) return CLOSED_READ_ONLY;
  const submission: readonly EditableTaskField[] = SUBMISSION_FIELDS;
  if (task.status === 'in_review' && submission.includes(field)) return SUBMISSION_FROZEN;
  return null;
}

/** The first of `fields` the task's status freezes, and why. */
export function frozenTaskField(
  task: Pick<WorkflowTask, 'status'>,
  fields: readonly EditableTaskField[],
): { field: EditableTaskField; message: string } | null {
  for (const field of fields) {
    const message = frozenFieldRefusal(task, field);
    if (message !== null) return { field, message };
  }
  return null;
}

/** Deleting a closed task would destroy the record of verified work. */
export function deleteRefusal(task: Pick<WorkflowTask, 'status'>): Refusal {
  if (task.status === 'done') {
    return 'Closed tasks are read-only: deleting one would destroy the record of verified work; a supervisor can reopen it first';
  }
  return null;
}

/**
 * Reopening (重新打开) undoes a closure: supervisors and administrators only, with a reason everyone can read.
 * The task goes back to In progress, and verifying it again follows the same rules (never the doer).
 */
export function reopenRefusal(actor: Actor, task: Pick<WorkflowTask, 'status'>, reason: string): Refusal {
  if (!isSupervising(actor)) return 'Only a supervisor or an administrator reopens a closed task';
  if (task.status !== 'done') return 'Only a closed task can be reopened';
  if (reason.trim() === '') return 'Say why the task is reopened';
  return null;
}
