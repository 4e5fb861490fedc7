import { routes, type CreateBoardInput } from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { useSchemaForm } from '../ui/form/useSchemaForm';
import { checkNewBoard, EMPTY_NEW_BOARD, problemsOfFailedCreate } from './new-board-form';

/** State and submit of the "New board" form: POST /api/boards, then on to the new board. */
export function useNewBoardForm() {
  const { t } = useTranslation('boards');
  const token = useToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useSchemaForm(EMPTY_NEW_BOARD, checkNewBoard);
  const createBoard = useMutation({
    mutationFn: (input: CreateBoardInput) => call(routes.createBoard, { token, body: input }),
    // The lists of boards (not the open boards' snapshots, also under `boards`) gain one.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.boards, exact: true });
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.boards, 'list'] });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validInput();
    if (!input) return;
    createBoard.mutate(input, {
      onSuccess: (board) => void navigate(`/boards/${board.id}`),
      onError: (error) => form.showProblems(problemsOfFailedCreate(error, t('create.forbidden'))),
    });
  };

  return { ...form, submit, pending: createBoard.isPending };
}
