/** How long the wall display shows each board when `?every=` does not say (seconds). */
export const DEFAULT_WALL_SECONDS = 20;
export const MIN_WALL_SECONDS = 3;
export const MAX_WALL_SECONDS = 3600;

/** `?every=` in whole seconds, within MIN…MAX_WALL_SECONDS; anything else is the default. */
export function wallSecondsOf(every: string | null): number {
  if (every === null || !/^\d+$/.test(every.trim())) return DEFAULT_WALL_SECONDS;
  return Math.min(MAX_WALL_SECONDS, Math.max(MIN_WALL_SECONDS, Number(every)));
}

/** What the wall shows in turn: each board (by id, in the boards list's order), then all of them (null). */
export function wallSlides(boardIds: readonly string[]): (string | null)[] {
  return [...boardIds, null];
}

/**
 * The slide after `current` (a board id, or null for all boards) among the slides: the next board, after the
 * last the all-boards totals, then the first again. A board gone from the list (archived, restricted away)
 * goes on from the start.
 */
export function nextWallSlide(slides: readonly (string | null)[], current: string | null): string | null {
  const index = slides.indexOf(current);
  if (index === -1) return slides[0] ?? null;
  return slides[(index + 1) % slides.length] ?? null;
}
