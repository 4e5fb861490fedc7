import { useLanguage } from '../i18n/useLanguage';
import { useBoards } from './useBoards';

export function BoardList({ onOpen }: { onOpen: (boardId: string) => void }) {
  const { messages } = useLanguage();
  const boards = useBoards();

  if (boards.isPending) return <p className="muted">{messages.loading}</p>;
  if (boards.isError)
    return <p className="error" role="alert">{`${messages.loadFailed}: ${boards.error.message}`}</p>;

  return (
    <section aria-labelledby="boards-heading">
      <h1 id="boards-heading">{messages.boards}</h1>
      {boards.data.length === 0 && <p className="muted">{messages.noBoards}</p>}
      <ul className="board-list">
        {boards.data.map((board) => (
          <li key={board.id}>
            <button type="button" className="board-card" onClick={() => onOpen(board.id)}>
              <span className="board-card-title">{board.title}</span>
              <span className="muted">{board.description || messages.noDescription}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
