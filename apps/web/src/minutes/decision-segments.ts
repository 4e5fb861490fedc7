/** One decision in the minutes text: the span (UTF-16 code units, as `text.slice` counts) a task came from. */
export interface DecisionSpan {
  taskId: string;
  start: number;
  end: number;
}

/**
 * A run of the minutes text between two decision boundaries: plain text (`taskIds` empty) or part of one or
 * more decisions (overlapping spans give runs that belong to both). `endsTaskIds` are the decisions that end
 * with this run, so their task can be shown right under the sentence; `startsTaskIds` those that begin here,
 * so a link can scroll to the sentence's first run.
 */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  taskIds: string[];
  startsTaskIds: string[];
  endsTaskIds: string[];
}

/**
 * Cuts `text` at every decision's start and end. Spans outside the text are clamped to it, empty ones are
 * dropped, and a boundary falling inside a surrogate pair (an emoji) moves to the pair's start, so no run
 * ever holds half a character. The runs, joined, are exactly `text`.
 */
export function decisionSegments(text: string, spans: readonly DecisionSpan[]): TextSegment[] {
  const usable = spans
    .map((span) => ({
      taskId: span.taskId,
      start: charBoundary(text, clamp(span.start, text.length)),
      end: charBoundary(text, clamp(span.end, text.length)),
    }))
    .filter((span) => span.start < span.end);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    const covering = usable.filter((span) => span.start < end && span.end > start);
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      taskIds: covering.map((span) => span.taskId),
      startsTaskIds: covering.filter((span) => span.start === start).map((span) => span.taskId),
      endsTaskIds: covering.filter((span) => span.end === end).map((span) => span.taskId),
    });
  }
  return segments;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}

/** The offset itself, or one earlier when it would split a surrogate pair. */
function charBoundary(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splitsPair ? offset - 1 : offset;
}
