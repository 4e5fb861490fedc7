import type { TaskView } from '@duban/contracts';
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTasks } from './task-search';

/** Enough to pick from at a glance; on a board of thousands, typing narrows the rest. */
const LISTED = 20;

interface TaskPickerProps {
  tasks: readonly TaskView[];
  value: string | null;
  /** The chosen task's title, also for a deleted one (from the log). */
  valueTitle: string;
  onChange: (taskId: string | null) => void;
}

/** A combobox over the board's tasks by title: type to search, arrows and Enter (or a click) to pick. */
export function TaskPicker({ tasks, value, valueTitle, onChange }: TaskPickerProps) {
  const { t } = useTranslation(['common', 'history']);
  const id = useId();
  const listId = `${id}-tasks`;
  // What the user is typing; null when not searching, and the input shows the chosen task's title.
  const [draft, setDraft] = useState<string | null>(null);
  const [draftFor, setDraftFor] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The chosen task changed (picked here, or a link, "Clear filters"): show it rather than the search.
  if (draftFor !== value) {
    setDraftFor(value);
    setDraft(null);
  }
  const text = draft ?? valueTitle;
  const query = useDeferredValue(draft ?? '');
  const matches = useMemo(
    () => (open ? searchTasks(tasks, query, LISTED) : { tasks: [], more: false }),
    [open, tasks, query],
  );

  const pick = (task: TaskView) => {
    setOpen(false);
    // Until the choice comes back through the URL, show it already.
    setDraft(task.title);
    onChange(task.id);
  };
  const close = () => {
    setOpen(false);
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const count = Math.max(matches.tasks.length, 1);
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const task = matches.tasks[active];
      if (task) pick(task);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  const activeTask = open ? matches.tasks[active] : undefined;
  return (
    <div className="history-filter task-picker">
      <label htmlFor={`${id}-input`}>{t('history:board.task')}</label>
      <div className="task-picker-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeTask ? `${id}-task-${activeTask.id}` : undefined}
          placeholder={t('history:board.taskPlaceholder')}
          value={text}
          onChange={(event) => {
            setDraft(event.target.value);
            setOpen(true);
            setActive(0);
            if (event.target.value === '' && value !== null) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {value !== null && (
          <button
            type="button"
            className="button-link task-picker-clear"
            aria-label={t('history:board.clearTask')}
            onClick={() => {
              close();
              onChange(null);
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul id={listId} role="listbox" className="task-picker-list" hidden={!open}>
        {matches.tasks.map((task, index) => (
          <li
            key={task.id}
            id={`${id}-task-${task.id}`}
            role="option"
            aria-selected={index === active}
            className="task-picker-option"
            // Keep the focus in the input, so its blur does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(task)}
          >
            {task.title} <span className="muted">{t(`status.${task.status}`)}</span>
          </li>
        ))}
      </ul>
      {open && matches.tasks.length === 0 && (
        <p className="muted task-picker-note">{t('history:board.noTaskMatches', { query })}</p>
      )}
      {open && matches.more && (
        <p className="muted task-picker-note">{t('history:board.moreTasks', { count: LISTED })}</p>
      )}
    </div>
  );
}
