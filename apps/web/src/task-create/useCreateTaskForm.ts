import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardLive } from '../board-live/board-live-context';
import { checkNewTask, EMPTY_NEW_TASK, isPastDeadline, taskFieldOf } from '../tasks/task-form';
import { useCreateTask } from '../tasks/useTaskMutations';
import { problemsFromError } from '../ui/form/field-problem';
import { useSchemaForm } from '../ui/form/useSchemaForm';

/**
 * State and submit of the create-task form: checks with the shared schema, asks before creating a task
 * that is overdue from the start (a deadline before today), then posts to the board.
 */
export function useCreateTaskForm(onCreated: () => void) {
  const { t } = useTranslation('task');
  const { boardId } = useBoardLive();
  const createTask = useCreateTask(boardId);
  const form = useSchemaForm(EMPTY_NEW_TASK, checkNewTask);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    const { deadline } = input;
    if (
      deadline &&
      isPastDeadline(deadline, new Date()) &&
      !window.confirm(t('pastDeadline', { deadline }))
    ) {
      return;
    }
    // The hook puts the new task into the board cache; the live event confirms it for everyone else.
    createTask.mutate(input, {
      onSuccess: onCreated,
      onError: (error) => form.showProblems(problemsFromError(error, taskFieldOf)),
    });
  };

  return { ...form, submit, pending: createTask.isPending };
}
