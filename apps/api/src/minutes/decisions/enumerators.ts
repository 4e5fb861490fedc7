import { matchesOf } from './text-spans';

/**
 * The marks that number decisions: at the start of a line ("1.", "(a)", "一、", "（一）", "第一，") or inside a
 * paragraph, in sequence ("一是……；二是……", "(a) … (b) …").
 */

const CHINESE_DIGITS = '一二三四五六七八九十';

const LINE_ENUMERATOR = new RegExp(
  [
    String.raw`^[（(](?:[${CHINESE_DIGITS}]{1,3}|\d{1,2})[）)]\s*`,
    String.raw`^[${CHINESE_DIGITS}]{1,3}[、．.]\s*`,
    String.raw`^第[${CHINESE_DIGITS}]{1,3}[，,、：:]\s*`,
    String.raw`^\d{1,2}[.．、)）](?!\d)\s*`,
    String.raw`^\((?:[a-zA-Z]|[ivxIVX]{1,4})\)\s*`,
    String.raw`^(?:[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+`,
    String.raw`^[①②③④⑤⑥⑦⑧⑨⑩]\s*`,
    String.raw`^[-•·*]\s+`,
  ].join('|'),
);

/** The length of the number or letter a line starts with ("1. ", "（一）"), 0 when it starts with none. */
export function lineEnumeratorLength(line: string): number {
  return LINE_ENUMERATOR.exec(line)?.[0].length ?? 0;
}

/** Where an inline enumerated item starts: its mark at `[markStart, contentStart)`. */
export interface InlineItem {
  markStart: number;
  contentStart: number;
}

const CHINESE_ORDINALS = [...CHINESE_DIGITS];
const INLINE_CHINESE = new RegExp(`(?<=^|[，,：:；;。！？\\s])([${CHINESE_DIGITS}])是`, 'g');
const INLINE_CHINESE_BRACKETS = new RegExp(
  `(?<=^|[，,：:；;。！？\\s])[（(]([${CHINESE_DIGITS}])[）)]\\s*`,
  'g',
);
const INLINE_CHINESE_ORDINALS = new RegExp(
  `(?<=^|[，,：:；;。！？\\s])第([${CHINESE_DIGITS}])[，,、]\\s*`,
  'g',
);
const INLINE_NUMBERS = /(?<=^|[\s:;,.：；，。])[(（](\d{1,2})[)）]\s*/g;
const INLINE_LETTERS = /(?<=^|[\s:;,.])\(([a-z])\)\s*/g;

/**
 * The lists numbered inside `text` (一是 … 二是 …, （一）…（二）…, 第一，…第二，…, (a) … (b) …, (1) … (2) …), each of at least two items in
 * order, in the order of the text; a paragraph may hold several (会议要求，一是……二是……。会议强调，一是……).
 */
export function inlineLists(text: string): InlineItem[][] {
  const candidates = [
    ordered(text, INLINE_CHINESE, (mark) => CHINESE_ORDINALS.indexOf(mark)),
    ordered(text, INLINE_CHINESE_BRACKETS, (mark) => CHINESE_ORDINALS.indexOf(mark)),
    ordered(text, INLINE_CHINESE_ORDINALS, (mark) => CHINESE_ORDINALS.indexOf(mark)),
    ordered(text, INLINE_NUMBERS, (mark) => Number(mark) - 1),
    ordered(text, INLINE_LETTERS, (mark) => mark.charCodeAt(0) - 'a'.charCodeAt(0)),
  ];
  return candidates.find((lists) => lists.length > 0) ?? [];
}

/**
 * The runs of marks that count 0, 1, 2 …: a mark that continues the run joins it, a first mark (一是, (a))
 * starts a new one, any other (a stray "(c)", 三是 before 一是) is not a mark.
 */
function ordered(text: string, pattern: RegExp, ordinalOf: (mark: string) => number): InlineItem[][] {
  const lists: InlineItem[][] = [];
  let current: InlineItem[] = [];
  for (const match of matchesOf(pattern, text)) {
    const ordinal = ordinalOf(match[1] ?? '');
    if (ordinal !== current.length && ordinal !== 0) continue;
    if (ordinal === 0) {
      if (current.length >= 2) lists.push(current);
      current = [];
    }
    current.push({ markStart: match.index, contentStart: match.index + match[0].length });
  }
  if (current.length >= 2) lists.push(current);
  return lists;
}
