/** What the import page hands the board page when it navigates there: how many tasks it created. */
export interface ImportedState {
  minutesImported: number;
}

export const importedState = (count: number): ImportedState => ({ minutesImported: count });

/** The count from a location's state, when the import page put it there. */
export function importedCountOf(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !('minutesImported' in state)) return null;
  const count = (state as ImportedState).minutesImported;
  return typeof count === 'number' ? count : null;
}
