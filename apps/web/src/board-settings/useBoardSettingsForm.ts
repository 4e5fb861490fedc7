import type { BoardView } from '@duban/contracts';
import { useState, type FormEvent } from 'react';
import { useFormValues } from '../ui/useFormValues';
import { formValuesOf, validateBoardSettings, type BoardSettingsFormValues } from './board-settings-form';
import { problemsFromError, type SettingsProblem } from './settings-problems';
import { useUpdateBoard } from './useUpdateBoard';

/**
 * State and submit of the board settings form. Changes are measured against the board as it was when the
 * form opened, so only what this user changed is sent.
 */
export function useBoardSettingsForm(board: BoardView, onSaved: () => void, onInvalid: () => void) {
  const [base] = useState(board);
  const updateBoard = useUpdateBoard(base.id);
  const { values, problems, setProblems, change } = useFormValues<BoardSettingsFormValues, SettingsProblem>(
    () => formValuesOf(base),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateBoardSettings(base, values);
    if (!result.ok) {
      setProblems(result.problems);
      onInvalid();
      return;
    }
    setProblems({});
    if (Object.keys(result.changes).length === 0) {
      onSaved();
      return;
    }
    updateBoard.mutate(result.changes, {
      onSuccess: onSaved,
      onError: (error) => {
        setProblems(problemsFromError(error));
        onInvalid();
      },
    });
  };

  return { values, problems, change, submit, pending: updateBoard.isPending };
}
