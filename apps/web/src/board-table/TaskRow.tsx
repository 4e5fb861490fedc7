import { flexRender, type Row } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHighlighted } from '../board-live/useHighlighted';
import type { TaskTableRow } from './useTableRows';

interface TaskRowProps {
  row: Row<TaskTableRow>;
  /** Position in the sorted rows (not in the DOM: rows out of view are not rendered). */
  index: number;
  onFocusRow: (index: number) => void;
}

/** One task: click or Enter opens its panel (keeping the filters in the URL); arrows move between rows. */
export function TaskRow({ row, index, onFocusRow }: TaskRowProps) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const task = row.original.task;
  const highlighted = useHighlighted(task.id);
  const open = () => void navigate({ pathname: `/boards/${task.boardId}/tasks/${task.id}`, search });

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const moves: Record<string, () => void> = {
      Enter: open,
      ArrowDown: () => onFocusRow(index + 1),
      ArrowUp: () => onFocusRow(index - 1),
    };
    const move = moves[event.key];
    if (!move || event.target !== event.currentTarget) return;
    event.preventDefault();
    move();
  };

  return (
    <tr
      className={highlighted ? 'task-table-row task-table-row-changed' : 'task-table-row'}
      data-testid="task-row"
      data-task-id={task.id}
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={0}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id}>
          <div className="table-cell">{flexRender(cell.column.columnDef.cell, cell.getContext())}</div>
        </td>
      ))}
    </tr>
  );
}
