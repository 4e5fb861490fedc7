import { EDITABLE_TASK_FIELDS, type EditableTaskField, type TaskView } from '@duban/contracts';

export type TaskChanges = Partial<Pick<TaskView, EditableTaskField>>;

export type ConflictResolution =
  /** The other person changed other fields: send the same changes again on their version. */
  | { kind: 'retry'; version: number }
  /** They changed some of the same fields: the user decides. */
  | { kind: 'conflict'; fields: EditableTaskField[] };

/** Fields whose values differ between two versions of a task. */
export function changedFields(before: TaskView, after: TaskView): EditableTaskField[] {
  return EDITABLE_TASK_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/**
 * After a 409: `base` is the task the user started editing from, `current` the task now, `changes` the
 * user's edit. Edits to different fields never bother the user.
 */
export function resolveConflict(base: TaskView, current: TaskView, changes: TaskChanges): ConflictResolution {
  const theirs = new Set(changedFields(base, current));
  const overlapping = (Object.keys(changes) as EditableTaskField[]).filter(
    (field) => theirs.has(field) && !sameValue(changes[field], current[field]),
  );
  return overlapping.length === 0
    ? { kind: 'retry', version: current.version }
    : { kind: 'conflict', fields: overlapping };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
