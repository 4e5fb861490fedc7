/** Where a task's fields are laid out: a dialog's two-column grid, or the task panel's column. */
export type TaskFieldLayout = 'dialog' | 'panel';

/** The row and choice-list classes of a layout (undefined: the form kit's own). */
export function layoutClasses(layout: TaskFieldLayout) {
  return layout === 'panel'
    ? { className: 'task-field', choicesClassName: 'checkbox-group' }
    : { className: undefined, choicesClassName: undefined };
}
