import type { FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import { useBoardLive } from '../board-live/board-live-context';
import { useCreateTask } from '../tasks/useTaskMutations';
import { useFormValues } from '../ui/useFormValues';
import {
  EMPTY_TASK_FORM,
  problemsFromApi,
  validateTaskForm,
  type FieldProblem,
  type TaskFormValues,
} from './task-form';

/** State and submit of the create-task form: checks with the shared schema, then posts to the board. */
export function useCreateTaskForm(onCreated: () => void, onInvalid: () => void) {
  const { boardId } = useBoardLive();
  const createTask = useCreateTask(boardId);
  const { values, problems, setProblems, change } = useFormValues<TaskFormValues, FieldProblem>(
    EMPTY_TASK_FORM,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateTaskForm(values);
    if (!result.ok) {
      setProblems(result.problems);
      onInvalid();
      return;
    }
    setProblems({});
    // The hook puts the new task into the board cache; the live event confirms it for everyone else.
    createTask.mutate(result.input, {
      onSuccess: onCreated,
      onError: (error) => {
        const fieldProblems = error instanceof ApiError ? problemsFromApi(error.details) : {};
        const hasFieldProblems = Object.keys(fieldProblems).length > 0;
        setProblems(hasFieldProblems ? fieldProblems : { form: { code: 'server', message: error.message } });
        onInvalid();
      },
    });
  };

  return { values, problems, change, submit, pending: createTask.isPending };
}
