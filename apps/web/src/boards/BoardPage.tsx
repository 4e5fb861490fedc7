import { TASK_STATUSES } from '@duban/contracts';
import { useLanguage } from '../i18n/useLanguage';
import { groupTasksByStatus } from './board-events';
import { TaskColumn } from './TaskColumn';
import { useBoardLiveUpdates } from './useBoardLiveUpdates';
import { useBoardSnapshot } from './useBoardSnapshot';

interface BoardPageProps {
  boardId: string;
  onBack: () => void;
}

export function BoardPage({ boardId, onBack }: BoardPageProps) {
  const { messages } = useLanguage();
  const snapshot = useBoardSnapshot(boardId);
  const liveState = useBoardLiveUpdates(boardId, snapshot.isSuccess);

  const back = (
    <button type="button" className="button-secondary" onClick={onBack}>
      {messages.backToBoards}
    </button>
  );
  if (snapshot.isPending)
    return (
      <>
        {back}
        <p className="muted">{messages.loading}</p>
      </>
    );
  if (snapshot.isError) {
    return (
      <>
        {back}
        <p className="error" role="alert">{`${messages.loadFailed}: ${snapshot.error.message}`}</p>
      </>
    );
  }

  const { board, tasks } = snapshot.data;
  const columns = groupTasksByStatus(tasks);
  return (
    <section aria-labelledby="board-heading">
      <div className="board-header">
        {back}
        <span className={`live-state live-${liveState}`} data-testid="live-state">
          {messages.live[liveState]}
        </span>
      </div>
      <h1 id="board-heading">{board.title}</h1>
      {board.description && <p className="muted">{board.description}</p>}
      <div className="columns">
        {TASK_STATUSES.map((status) => (
          <TaskColumn key={status} status={status} tasks={columns[status]} />
        ))}
      </div>
    </section>
  );
}
