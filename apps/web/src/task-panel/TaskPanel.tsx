/** Placeholder: the task panel comes with the task-panel feature. */
export function TaskPanel() {
  return null;
}
