import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { useUpdateBoard } from './useUpdateBoard';

/**
 * Archive (归档) or restore a board: PATCH /api/boards/:boardId `{ archived }`. The answer goes into the
 * snapshot at once, so the page turns read-only (or writable) without waiting for the live event.
 */
export function useArchiveBoard(boardId: string) {
  const { t } = useTranslation('boards');
  const updateBoard = useUpdateBoard(boardId);
  const error = updateBoard.error;
  return {
    archive: (options?: { onSuccess?: () => void }) => updateBoard.mutate({ archived: true }, options),
    restore: () => updateBoard.mutate({ archived: false }),
    pending: updateBoard.isPending,
    /** Why the last attempt failed, worded for the user; null when it did not. */
    problem:
      error === null
        ? null
        : error instanceof ApiError && error.code === 'forbidden'
          ? t('problem.forbidden')
          : error.message,
  };
}
