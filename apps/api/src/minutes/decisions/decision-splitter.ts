import {
  continuesDecision,
  endsSentence,
  isBoilerplate,
  isHeading,
  isIntro,
  readCue,
  readItemCue,
  type CueReading,
} from './decision-cues';
import { inlineLists, lineEnumeratorLength, type InlineItem } from './enumerators';
import { matchesOf, paragraphSpans, sentenceSpans, trimSpan, type Span } from './text-spans';

/** How much of a clause shows whether it opens a decision of its own, and how early its cue must end. */
const OPENING_LENGTH = 80;
const OPENING_CUE_LENGTH = 25;
const CLAUSE_SEPARATOR = /[；;]/g;

/** One decision found in the minutes: its span, and where its own verb phrase starts (after the cue). */
export interface DecisionSpan extends Span {
  phraseStart: number;
}

/**
 * The decisions of meeting minutes, in order: one per sentence that decides something, one per numbered
 * item that does, one per item of a paragraph that lists several (一是……二是……); nothing for background,
 * reports heard, headings or boilerplate.
 */
export function splitDecisions(text: string): DecisionSpan[] {
  const paragraphs = paragraphSpans(text, (line) => lineEnumeratorLength(line) > 0).map((span) => ({
    span,
    mark: markLength(text, span),
  }));
  return paragraphs.flatMap(({ span, mark }, index) => {
    const inList = (paragraphs[index - 1]?.mark ?? 0) > 0 || (paragraphs[index + 1]?.mark ?? 0) > 0;
    return paragraphDecisions(text, span, mark, inList);
  });
}

function markLength(text: string, paragraph: Span): number {
  return lineEnumeratorLength(text.slice(paragraph.start, paragraph.end));
}

function paragraphDecisions(text: string, paragraph: Span, mark: number, inList: boolean): DecisionSpan[] {
  const content = trimSpan(text, { start: paragraph.start + mark, end: paragraph.end });
  if (content.end === content.start) return [];
  const lists = inlineLists(text.slice(content.start, content.end)).map((items) =>
    items.map((item) => ({
      markStart: content.start + item.markStart,
      contentStart: content.start + item.contentStart,
    })),
  );
  if (mark === 0 || lists.length > 0) return contentDecisions(text, content, lists);
  const sentences = sentenceSpans(text, content);
  const [first, ...rest] = sentences;
  if (!first) return [];
  const firstText = text.slice(first.start, first.end);
  // "一、关于……" or a bare "1. Opening up" above its paragraph: a topic, not a decision.
  if (isHeading(firstText) || (sentences.length === 1 && !endsSentence(firstText) && !inList)) {
    return sentenceDecisions(text, rest);
  }
  // A numbered item that starts with an instruction is one decision, however many sentences it runs to.
  const cue = readItemCue(firstText);
  if (cue) return [withPhrase(content, cue)];
  return sentenceDecisions(text, sentences);
}

/** The decisions of a paragraph's sentences and of the lists numbered inside it (in `text`'s offsets). */
function contentDecisions(text: string, content: Span, lists: readonly InlineItem[][]): DecisionSpan[] {
  const decisions: DecisionSpan[] = [];
  let cursor = content.start;
  lists.forEach((items, index) => {
    const limit = lists[index + 1]?.[0]?.markStart ?? content.end;
    const listed = listDecisions(text, { start: cursor, end: items[0]?.markStart ?? cursor }, items, limit);
    decisions.push(...listed.decisions);
    cursor = listed.end;
  });
  const rest = trimSpan(text, { start: cursor, end: content.end });
  return [...decisions, ...sentenceDecisions(text, sentenceSpans(text, rest))];
}

/**
 * One decision per sentence with a cue; a sentence that only goes on about the decision before it
 * ("This work …", 上述任务……) joins it.
 */
function sentenceDecisions(text: string, sentences: readonly Span[]): DecisionSpan[] {
  const decisions: DecisionSpan[] = [];
  let previous: DecisionSpan | undefined;
  for (const sentence of sentences.flatMap((span) => decisionClauses(text, span))) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const cue = readCue(sentenceText);
    if (previous && !cue?.strong && continuesDecision(sentenceText) && !isBoilerplate(sentenceText)) {
      previous.end = sentence.end;
      continue;
    }
    // "The meeting decided the following:", 会议要求： — the list after it holds the decisions.
    const introducesList = /[:：]$/.test(sentenceText);
    previous = cue && !introducesList && hasPhrase(sentenceText, cue) ? withPhrase(sentence, cue) : undefined;
    if (previous) decisions.push(previous);
  }
  return decisions;
}

/**
 * A sentence that decides several things one after the other ("……；要……；必须……", "…; it is necessary
 * to …"), cut before each of them.
 */
function decisionClauses(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  let start = sentence.start;
  for (const separator of matchesOf(CLAUSE_SEPARATOR, text.slice(sentence.start, sentence.end))) {
    const next = sentence.start + separator.index + 1;
    const opening = readCue(text.slice(next, Math.min(next + OPENING_LENGTH, sentence.end)).trimStart());
    if (!opening?.strong || opening.phraseStart > OPENING_CUE_LENGTH) continue;
    clauses.push(itemSpan(text, { start, end: next }));
    start = next;
  }
  clauses.push(trimSpan(text, { start, end: sentence.end }));
  return clauses.filter((clause) => clause.end > clause.start);
}

/**
 * A list numbered inside a paragraph: one decision per item. What comes before the first item is read as
 * sentences, except the words that introduce the items ("会议要求：", "… the following tasks:"); the last item
 * ends with its sentence (and before `limit`, where the next list starts). Returns where the list ends.
 */
function listDecisions(
  text: string,
  leadIn: Span,
  items: readonly InlineItem[],
  limit: number,
): { decisions: DecisionSpan[]; end: number } {
  const leadInSentences = sentenceSpans(text, trimSpan(text, leadIn));
  const introduction = leadInSentences.at(-1);
  const introductionText = introduction ? text.slice(introduction.start, introduction.end) : '';
  const introduces =
    introduction !== undefined && (!endsSentence(introductionText) || isIntro(introductionText));
  const leadInDecides = leadInSentences.some(
    (sentence) => readCue(text.slice(sentence.start, sentence.end)) !== null,
  );
  const decisions = sentenceDecisions(text, introduces ? leadInSentences.slice(0, -1) : leadInSentences);
  const end = sentenceEnd(text, items.at(-1)?.contentStart ?? leadIn.end, limit);
  items.forEach((item, index) => {
    const span = itemSpan(text, { start: item.contentStart, end: items[index + 1]?.markStart ?? end });
    const itemText = text.slice(span.start, span.end);
    const cue = readItemCue(itemText) ?? (leadInDecides ? { phraseStart: 0, strong: true } : null);
    if (cue && hasPhrase(itemText, cue)) decisions.push(withPhrase(span, cue));
  });
  return { decisions, end };
}

/** Just after the end of the sentence at `from`, or `limit` if it ends later. */
function sentenceEnd(text: string, from: number, limit: number): number {
  const terminator = /[。！？!?]|\.(?=\s|$)/.exec(text.slice(from, limit));
  return terminator ? from + terminator.index + 1 : limit;
}

/** An item without the separator that ends it before the next one ("；", "; and"). */
function itemSpan(text: string, span: Span): Span {
  const trimmed = trimSpan(text, span);
  const separator = /(?:[；;，,、]|\s(?:and|or))+\s*$/.exec(text.slice(trimmed.start, trimmed.end));
  return separator ? trimSpan(text, { start: trimmed.start, end: trimmed.start + separator.index }) : trimmed;
}

function withPhrase(span: Span, cue: CueReading): DecisionSpan {
  return { start: span.start, end: span.end, phraseStart: span.start + cue.phraseStart };
}

function hasPhrase(sentence: string, cue: CueReading): boolean {
  return /\p{L}/u.test(sentence.slice(cue.phraseStart));
}
