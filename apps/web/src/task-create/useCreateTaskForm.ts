import type { FormEvent } from 'react';
import { useBoardLive } from '../board-live/board-live-context';
import { checkNewTask, EMPTY_NEW_TASK, taskFieldOf } from '../tasks/task-form';
import { useCreateTask } from '../tasks/useTaskMutations';
import { problemsFromError } from '../ui/form/field-problem';
import { useSchemaForm } from '../ui/form/useSchemaForm';

/** State and submit of the create-task form: checks with the shared schema, then posts to the board. */
export function useCreateTaskForm(onCreated: () => void) {
  const { boardId } = useBoardLive();
  const createTask = useCreateTask(boardId);
  const form = useSchemaForm(EMPTY_NEW_TASK, checkNewTask);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    // The hook puts the new task into the board cache; the live event confirms it for everyone else.
    createTask.mutate(input, {
      onSuccess: onCreated,
      onError: (error) => form.showProblems(problemsFromError(error, taskFieldOf)),
    });
  };

  return { ...form, submit, pending: createTask.isPending };
}
