/** A half-open range of UTF-16 code units in the minutes text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/g;
/** Characters that open something and belong to the sentence after them, not the one before. */
const OPENERS = '（([【〔“‘「『《"\'';

/**
 * The matches of a global pattern in `text`, in order. Unlike `String.prototype.matchAll`, which copies the
 * pattern on every call, this reuses it: the splitter runs its patterns thousands of times per preview.
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    const next = pattern.lastIndex;
    yield match;
    pattern.lastIndex = next;
  }
}

/** The span without the white space at either end (JavaScript's `trim`, which knows the ideographic space). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isBlank(text.charAt(start))) start += 1;
  while (end > start && isBlank(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

function isBlank(character: string): boolean {
  return character.trim() === '';
}

/** The non-blank lines of `text`, trimmed. */
export function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (const lineBreak of matchesOf(LINE_BREAK, text)) {
    lines.push(trimSpan(text, { start, end: lineBreak.index }));
    start = lineBreak.index + lineBreak[0].length;
  }
  lines.push(trimSpan(text, { start, end: text.length }));
  return lines.filter((line) => line.end > line.start);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of `span`, trimmed, by Unicode sentence rules (Intl.Segmenter: "." "!" "?" and 。！？).
 * Line breaks inside the span are read as spaces, so a hard-wrapped sentence stays one; an opening bracket
 * or quote the segmenter leaves at the end of a sentence goes to the next one.
 */
export function sentenceSpans(text: string, span: Span): Span[] {
  const flat = text
    .slice(span.start, span.end)
    .replace(LINE_BREAK, (lineBreak) => ' '.repeat(lineBreak.length));
  const sentences: Span[] = [];
  let carried = 0;
  for (const segment of segmenter.segment(flat)) {
    const start = segment.index - carried;
    let end = segment.index + segment.segment.length;
    carried = 0;
    let cut = end;
    while (cut > start && isBlank(flat.charAt(cut - 1))) cut -= 1;
    if (cut > start && OPENERS.includes(flat.charAt(cut - 1))) {
      while (cut > start && OPENERS.includes(flat.charAt(cut - 1))) cut -= 1;
      carried = end - cut;
      end = cut;
    }
    const sentence = trimSpan(text, { start: span.start + start, end: span.start + end });
    if (sentence.end > sentence.start) sentences.push(sentence);
  }
  return sentences;
}

/** A line at least this long, ending in the middle of a Chinese sentence, was wrapped (pasted from a PDF). */
const WRAPPED_CHINESE_LINE = 20;

/**
 * The paragraphs of `text`: its non-blank lines, except that a line continuing a hard-wrapped sentence joins
 * the one before: after a comma, after a word when it starts in lower case, or (Chinese) after a long line
 * that stops between two Han characters. A line after a blank line, or one that starts an item (`startsItem`:
 * "1.", "（二）"), never joins.
 */
export function paragraphSpans(text: string, startsItem: (line: string) => boolean): Span[] {
  const paragraphs: Span[] = [];
  let previousLine: Span | undefined;
  for (const line of lineSpans(text)) {
    const previous = paragraphs.at(-1);
    if (
      previous &&
      previousLine &&
      continues(text, previousLine, line) &&
      !startsItem(text.slice(line.start, line.end))
    ) {
      previous.end = line.end;
    } else {
      paragraphs.push({ ...line });
    }
    previousLine = line;
  }
  return paragraphs;
}

function continues(text: string, previous: Span, line: Span): boolean {
  // A blank line always ends a paragraph, and so does a page break (a form feed, which a task's description
  // may not hold).
  const between = text.slice(previous.end, line.start);
  if ((between.match(LINE_BREAK) ?? []).length > 1 || /[\f\v]/.test(between)) return false;
  const last = text.charAt(previous.end - 1);
  const first = text.charAt(line.start);
  if (/[,，、]/.test(last)) return true;
  if (/[\p{L}\p{N}]/u.test(last) && /[a-z]/.test(first)) return true;
  return previous.end - previous.start >= WRAPPED_CHINESE_LINE && HAN.test(last) && HAN.test(first);
}

const HAN = /\p{Script=Han}/u;
