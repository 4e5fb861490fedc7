import type { BoardCounts } from '@duban/contracts';

/** Share of the board's tasks that are done, as a whole percent; an empty board is 0 %, not NaN. */
export function completionPercent(counts: Pick<BoardCounts, 'total' | 'done'>): number {
  if (counts.total <= 0) return 0;
  return Math.round((Math.min(counts.done, counts.total) / counts.total) * 100);
}
