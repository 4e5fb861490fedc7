import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import { TaskDetails } from './TaskDetails';
import { TaskDrawer } from './TaskDrawer';

/**
 * /boards/:boardId/tasks/:taskId — the task panel over the board. The task comes from the live board
 * snapshot, so it follows other people's changes; if it disappears, it was deleted.
 */
export function TaskPanel() {
  const { t } = useTranslation(['common', 'task']);
  const { boardId = '', taskId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const snapshot = useBoardSnapshot(boardId);
  const task = snapshot.data?.tasks.find((candidate) => candidate.id === taskId);

  // Back to the board as it was: same view and filters.
  const close = useCallback(() => {
    void navigate({ pathname: `/boards/${encodeURIComponent(boardId)}`, search: searchParams.toString() });
  }, [navigate, boardId, searchParams]);

  return (
    <TaskDrawer title={task?.title ?? t('task:deletedTitle')} onClose={close}>
      {task ? (
        <TaskDetails key={task.id} task={task} />
      ) : (
        <div className="task-deleted" role="status">
          <p>{t('task:deleted')}</p>
          <button type="button" onClick={close}>
            {t('close')}
          </button>
        </div>
      )}
    </TaskDrawer>
  );
}
