import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import { useBoardLive } from '../board/board-live-context';
import { useCreateTask } from '../tasks/useTaskMutations';
import {
  EMPTY_TASK_FORM,
  problemsFromApi,
  validateTaskForm,
  type FormProblems,
  type TaskFormValues,
} from './task-form';

/** State and submit of the create-task form: checks with the shared schema, then posts to the board. */
export function useCreateTaskForm(onCreated: () => void, onInvalid: () => void) {
  const { boardId } = useBoardLive();
  const createTask = useCreateTask(boardId);
  const [values, setValues] = useState<TaskFormValues>(EMPTY_TASK_FORM);
  const [problems, setProblems] = useState<FormProblems>({});

  const change = (changes: Partial<TaskFormValues>) => {
    setValues((current) => ({ ...current, ...changes }));
    // A field being edited drops its error; the others stay until the next submit.
    setProblems((current) => {
      const next = { ...current };
      for (const field of Object.keys(changes) as (keyof TaskFormValues)[]) delete next[field];
      return next;
    });
  };

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
