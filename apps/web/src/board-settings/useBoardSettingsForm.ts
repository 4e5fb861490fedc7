import type { BoardView } from '@duban/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { checkBoardSettings, formValuesOf, problemsOfFailedSave } from './board-settings-form';
import { useUpdateBoard } from './useUpdateBoard';

/**
 * State and submit of the board settings form. Changes are measured against the board as it was when the
 * form opened, so only what this user changed is sent.
 */
export function useBoardSettingsForm(board: BoardView, onSaved: () => void) {
  const { t } = useTranslation('boardSettings');
  const [base] = useState(board);
  const updateBoard = useUpdateBoard(base.id);
  const form = useSchemaForm(
    () => formValuesOf(base),
    (values) => checkBoardSettings(base, values),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = form.validInput();
    if (!changes) return;
    if (Object.keys(changes).length === 0) {
      onSaved();
      return;
    }
    updateBoard.mutate(changes, {
      onSuccess: onSaved,
      onError: (error) => form.showProblems(problemsOfFailedSave(error, t('problem.forbidden'))),
    });
  };

  return { ...form, submit, pending: updateBoard.isPending };
}
