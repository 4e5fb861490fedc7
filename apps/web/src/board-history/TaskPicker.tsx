import type { TaskView } from '@duban/contracts';
import { useCombobox } from 'downshift';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTasks } from './task-search';

/** Enough to pick from at a glance; on a board of thousands, typing narrows the rest. */
const LISTED = 20;

const { stateChangeTypes } = useCombobox;

interface TaskPickerProps {
  tasks: readonly TaskView[];
  value: string | null;
  /** The chosen task's title, also for a deleted one (from the log). */
  valueTitle: string;
  onChange: (taskId: string | null) => void;
}

/**
 * A combobox over the board's tasks by title (Downshift's: keyboard, focus and ARIA): type to search,
 * arrows and Enter (or a click) to pick; emptying it drops the filter, Escape brings back the choice.
 */
export function TaskPicker({ tasks, value, valueTitle, onChange }: TaskPickerProps) {
  const { t } = useTranslation(['common', 'history']);
  // What the user is typing; null when not searching, and the input shows the chosen task's title.
  const [draft, setDraft] = useState<string | null>(null);
  const [draftFor, setDraftFor] = useState(value);
  // The chosen task changed (picked here, or a link, "Clear filters"): show it rather than the search.
  if (draftFor !== value) {
    setDraftFor(value);
    setDraft(null);
  }
  const query = useDeferredValue(draft ?? '');
  const matches = useMemo(() => searchTasks(tasks, query, LISTED), [tasks, query]);
  const selected = useMemo(() => tasks.find((task) => task.id === value) ?? null, [tasks, value]);

  const combobox = useCombobox<TaskView>({
    items: matches.tasks,
    itemToString: (task) => task?.title ?? '',
    itemToKey: (task) => task?.id,
    selectedItem: selected,
    inputValue: draft ?? valueTitle,
    defaultHighlightedIndex: 0,
    // Leaving the field never picks a task by itself.
    stateReducer: (state, { type, changes }) =>
      type === stateChangeTypes.InputBlur ? { ...changes, selectedItem: state.selectedItem } : changes,
    onStateChange: ({ type, inputValue, selectedItem }) => {
      switch (type) {
        case stateChangeTypes.InputChange:
          setDraft(inputValue ?? '');
          if (!inputValue && value !== null) onChange(null);
          break;
        case stateChangeTypes.InputKeyDownEnter:
        case stateChangeTypes.ItemClick:
          if (selectedItem) {
            // Until the choice comes back through the URL, show it already.
            setDraft(selectedItem.title);
            onChange(selectedItem.id);
          }
          break;
        case stateChangeTypes.InputKeyDownEscape:
        case stateChangeTypes.InputBlur:
          setDraft(null);
          break;
        default:
          // Highlighting, opening and closing the list change nothing outside it.
          break;
      }
    },
  });
  const { isOpen } = combobox;

  return (
    <div className="history-filter task-picker">
      <label {...combobox.getLabelProps()}>{t('history:board.task')}</label>
      <div className="task-picker-field">
        <input {...combobox.getInputProps({ placeholder: t('history:board.taskPlaceholder') })} />
        {value !== null && (
          <button
            type="button"
            className="button-link task-picker-clear"
            aria-label={t('history:board.clearTask')}
            onClick={() => {
              setDraft(null);
              onChange(null);
            }}
          >
            ×
          </button>
        )}
      </div>
      <ul {...combobox.getMenuProps({ className: 'task-picker-list', hidden: !isOpen })}>
        {isOpen &&
          matches.tasks.map((task, index) => (
            // Downshift marks the highlighted option aria-selected, which the style shows.
            <li
              key={task.id}
              {...combobox.getItemProps({ item: task, index, className: 'task-picker-option' })}
            >
              {task.title} <span className="muted">{t(`status.${task.status}`)}</span>
            </li>
          ))}
      </ul>
      {isOpen && matches.tasks.length === 0 && (
        <p className="muted task-picker-note">{t('history:board.noTaskMatches', { query })}</p>
      )}
      {isOpen && matches.more && (
        <p className="muted task-picker-note">{t('history:board.moreTasks', { count: LISTED })}</p>
      )}
    </div>
  );
}
