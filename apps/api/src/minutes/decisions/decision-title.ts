/** Where the phrase names its deadline, in the phrase's own offsets. */
export interface PhraseRange {
  start: number;
  end: number;
}

/** A task title's limit (`minutesTaskDraftSchema`). */
const MAX_TITLE_LENGTH = 200;
const ENGLISH_AIM = 60;
const ENGLISH_SHORTEN_ABOVE = 80;

/**
 * A draft's title from the decision's verb phrase (the text after its cue: "further expand opening to the
 * outside world, take the initiative …", "加快产业链再造和价值链提升，……"): its first sentence, cut at the
 * first clause boundary when long, without the deadline it names, capitalized in English.
 */
export function decisionTitle(phrase: string, chinese: boolean, deadline?: PhraseRange): string {
  const withoutItsDeadline = shortTitle(withoutDeadline(phrase, deadline), chinese);
  if (LETTER.test(withoutItsDeadline)) return withoutItsDeadline;
  // The phrase was its deadline, or began with a full stop: the words as they come, then.
  const shortened = shortTitle(phrase, chinese);
  return LETTER.test(shortened) ? shortened : capped(tidyEnd(oneLine(phrase)), chinese);
}

const LETTER = /\p{L}/u;

function shortTitle(phrase: string, chinese: boolean): string {
  let title = firstSentence(oneLine(phrase).replace(/^["'“‘「『]+/, ''));
  // A Chinese decision's first clause is its verb phrase (加快产业链再造和价值链提升，做好……); an English one
  // is cut only when long ("Reduce burdens, improve services" stays whole).
  if (chinese || title.length > ENGLISH_AIM) title = firstClause(title);
  if (!chinese && title.length > ENGLISH_SHORTEN_ABOVE) title = beforeLastLink(title);
  return capped(tidyEnd(title), chinese);
}

/** At most a task title's length (at a word end in English, never inside a character), capitalized in English. */
function capped(title: string, chinese: boolean): string {
  let cut = title;
  if (cut.length > MAX_TITLE_LENGTH) {
    const end = /[\uD800-\uDBFF]/.test(cut.charAt(MAX_TITLE_LENGTH - 1))
      ? MAX_TITLE_LENGTH - 1
      : MAX_TITLE_LENGTH;
    cut = cut.slice(0, end);
    if (!chinese) cut = cut.replace(/\s+\S*$/, '');
    cut = tidyEnd(cut);
  }
  return chinese ? cut : cut.charAt(0).toUpperCase() + cut.slice(1);
}

/**
 * The phrase without its deadline: "完成整改" of "10月底前完成整改", "Complete the rectification" of
 * "complete the rectification by the end of October". A deadline in the middle of the phrase stays.
 */
function withoutDeadline(phrase: string, deadline: PhraseRange | undefined): string {
  if (!deadline) return phrase;
  const before = phrase.slice(0, deadline.start);
  if (/^[\s于在要须，,]*$/.test(before)) return phrase.slice(deadline.end).replace(/^[\s，,、]+/, '');
  const clauseEnd = phrase.slice(deadline.end).search(/[,;:.，；：。]|$/);
  if (clauseEnd === 0 && tidyEnd(before).length >= 4) return before;
  return phrase;
}

/** White space as one space, none between Han characters (a line break in hard-wrapped Chinese). */
function oneLine(text: string): string {
  return text
    .trim()
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
    .replace(/\s+/g, ' ');
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](?=\s|$)|[。！？]/);
  return end < 0 ? text : text.slice(0, end);
}

function firstClause(text: string): string {
  const end = text.search(/[,;:，；：]/);
  return end > 0 ? text.slice(0, end) : text;
}

/** A long English phrase up to the last preposition or link before the aim ("… requirements of the meeting"). */
function beforeLastLink(text: string): string {
  let cut = -1;
  for (const link of text.matchAll(
    /\s(?:in|on|for|with|through|by|at|from|of|to|and|so as to|in order to|which|that)\s/g,
  )) {
    if (link.index > ENGLISH_SHORTEN_ABOVE) break;
    if (link.index >= 20) cut = link.index;
  }
  return cut > 0 ? text.slice(0, cut) : text;
}

function tidyEnd(text: string): string {
  return text
    .replace(/[\s,;:.!?，；：。！？、…]+$/u, '')
    .replace(/\s+(?:and|or|the|a|an|of|to)$/i, '')
    .trim();
}
