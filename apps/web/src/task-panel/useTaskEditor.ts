import { EDITABLE_TASK_FIELDS, type EditableTaskField, type TaskView } from '@duban/contracts';
import { useId, useMemo, useState, type RefObject } from 'react';
import { ApiError } from '../api/api-client';
import type { TaskChanges } from '../tasks/conflict';
import {
  checkChanges,
  formValuesOf,
  hasChanges,
  isPastDeadline,
  stillTouched,
  taskFieldOf,
  touchedChanges,
  type TaskFormField,
  type TaskFormValues,
  type TouchedValues,
} from '../tasks/task-form';
import { TaskEditConflict, useUpdateTask } from '../tasks/useTaskMutations';
import { problemsFromApi } from '../ui/form/field-problem';
import type { FormBinding } from '../ui/form/form-binding';
import { useFormProblems } from '../ui/form/useFormProblems';

/** Someone else saved the same fields first: both versions, for the user to choose. */
export interface EditConflict {
  current: TaskView;
  fields: EditableTaskField[];
  changes: TaskChanges;
}

/**
 * The edit form's state for one live task. The form shows the live task with the user's touched fields
 * on top. `base` is the task as it was when the user started editing: saves go against it, so the update
 * hook can tell other people's changes to other fields (merged silently) from a real conflict.
 */
export function useTaskEditor(task: TaskView, formRef: RefObject<HTMLFormElement | null>) {
  const update = useUpdateTask();
  const id = useId();
  const [base, setBase] = useState(task);
  const [touched, setTouched] = useState<TouchedValues>({});
  const [seen, setSeen] = useState(task);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const { problems, show: showProblems, clear: clearProblems } = useFormProblems<TaskFormField>(formRef);
  const [apiError, setApiError] = useState<string | null>(null);

  const changes = useMemo(() => touchedChanges(base, touched), [base, touched]);
  const dirty = hasChanges(changes);
  const values = useMemo(() => ({ ...formValuesOf(task), ...touched }), [task, touched]);

  // A newer version arrived (a live event or our own save): start from it unless that would lose edits.
  if (task !== seen) {
    setSeen(task);
    if (task.version > base.version && (!dirty || !hasChanges(touchedChanges(task, touched)))) {
      setBase(task);
      setTouched({});
    }
  }

  const restart = (latest: TaskView) => {
    setBase(latest);
    setTouched({});
    setConflict(null);
    showProblems({});
    setApiError(null);
  };

  const submit = (from: TaskView, edit: TaskChanges) => {
    setApiError(null);
    update.mutate(
      { base: from, changes: edit },
      {
        onSuccess: (saved) => {
          setBase(saved);
          // Keep only what was typed while the save was in flight.
          setTouched((current) => stillTouched(saved, current));
          setConflict(null);
        },
        onError: (error) => {
          if (error instanceof TaskEditConflict) {
            setConflict({ current: error.current, fields: editableFields(error.fields), changes: edit });
            return;
          }
          setApiError(error.message);
          if (error instanceof ApiError) showProblems(problemsFromApi(error.details, taskFieldOf));
        },
      },
    );
  };

  /** The form kit's view of the editor: field components read and change the values through it. */
  const form: FormBinding<TaskFormValues> = {
    id,
    values,
    problems,
    change: (edit) => {
      setTouched((current) => ({ ...current, ...edit }));
      clearProblems(Object.keys(edit));
    },
  };

  return {
    form,
    values,
    dirty,
    apiError,
    conflict,
    saving: update.isPending,
    justSaved: update.isSuccess && !dirty,
    changedUnderneath: dirty && task.version > base.version && !update.isPending,
    /** Saves the edit once it passes the schema, and a new deadline in the past once `confirmPast` says so. */
    save: (confirmPast: (deadline: string) => boolean) => {
      const refused = checkChanges(changes, base.version);
      showProblems(refused);
      if (!dirty || Object.keys(refused).length > 0) return;
      const { deadline } = changes;
      if (deadline && isPastDeadline(deadline, new Date()) && !confirmPast(deadline)) return;
      submit(base, changes);
    },
    discard: () => restart(task),
    applyMine: () => conflict && submit(conflict.current, conflict.changes),
    keepTheirs: () => conflict && restart(task.version >= conflict.current.version ? task : conflict.current),
  };
}

export type TaskEditor = ReturnType<typeof useTaskEditor>;

function editableFields(fields: readonly string[]): EditableTaskField[] {
  return EDITABLE_TASK_FIELDS.filter((field) => fields.includes(field));
}
