import {
  chineseItemPhraseStart,
  continuesChineseDecision,
  isChineseBoilerplate,
  isChineseHeading,
  isChineseIntro,
  readChineseCue,
  startsWithChineseDirective,
} from './chinese-cues';
import {
  continuesEnglishDecision,
  isEnglishBoilerplate,
  isEnglishHeading,
  isEnglishIntro,
  readEnglishCue,
  startsWithEnglishDirective,
  type CueReading,
} from './english-cues';

/** The cue rules of a sentence's language (Chinese when it is mostly Han characters). */
export function isChineseText(sentence: string): boolean {
  const { han, latin } = lettersOf(sentence);
  return han > 0 && han * 3 >= latin;
}

export type { CueReading };

/** A sentence's decision cue, or null when it decides nothing (background, reports heard, boilerplate). */
export function readCue(sentence: string): CueReading | null {
  if (!looksLikeWords(sentence) || isBoilerplate(sentence)) return null;
  return isChineseText(sentence) ? readChineseCue(sentence) : readEnglishCue(sentence);
}

/**
 * A numbered item's cue: an item that starts with an instruction ("Strengthen …", 推进…) is a decision as it
 * stands; otherwise it needs a cue like any sentence.
 */
export function readItemCue(item: string): CueReading | null {
  if (!looksLikeWords(item) || isBoilerplate(item)) return null;
  if (isChineseText(item)) {
    return startsWithChineseDirective(item)
      ? { phraseStart: chineseItemPhraseStart(item), strong: true }
      : readChineseCue(item);
  }
  return startsWithEnglishDirective(item) ? { phraseStart: 0, strong: true } : readEnglishCue(item);
}

export function isBoilerplate(sentence: string): boolean {
  return isChineseBoilerplate(sentence) || isEnglishBoilerplate(sentence);
}

export function isHeading(sentence: string): boolean {
  return isChineseHeading(sentence) || isEnglishHeading(sentence);
}

export function isIntro(sentence: string): boolean {
  return isChineseText(sentence) ? isChineseIntro(sentence) : isEnglishIntro(sentence);
}

export function continuesDecision(sentence: string): boolean {
  return isChineseText(sentence) ? continuesChineseDecision(sentence) : continuesEnglishDecision(sentence);
}

/** Whether a sentence ends as a sentence does (a heading or a list entry may not). */
export function endsSentence(sentence: string): boolean {
  return /[.!?。！？;；…]["'”’」』）)]*$/.test(sentence);
}

/**
 * Whether a sentence is made of words at all: mostly letters, and at least four Han characters or three
 * words. Random symbols, binary-looking text and stray fragments are not.
 */
export function looksLikeWords(sentence: string): boolean {
  const { han, letters, visible, words } = lettersOf(sentence);
  return visible > 0 && letters * 2 >= visible && (han >= 4 || words >= 3);
}

interface LetterCounts {
  han: number;
  latin: number;
  letters: number;
  /** Characters that are not white space. */
  visible: number;
  /** Runs of two letters or more. */
  words: number;
}

const LETTER = /\p{L}/u;
const SPACE = /\s/;

/** One pass over the sentence (it runs for every sentence of up to 60,000 characters of minutes). */
function lettersOf(sentence: string): LetterCounts {
  const counts: LetterCounts = { han: 0, latin: 0, letters: 0, visible: 0, words: 0 };
  let run = 0;
  for (let index = 0; index < sentence.length; index += 1) {
    const code = sentence.charCodeAt(index);
    const isLatin = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const isHan = (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
    const isLetter = isLatin || isHan || (code > 127 && LETTER.test(sentence.charAt(index)));
    if (isLatin) counts.latin += 1;
    if (isHan) counts.han += 1;
    if (isLetter) counts.letters += 1;
    if (!SPACE.test(sentence.charAt(index))) counts.visible += 1;
    run = isLetter ? run + 1 : 0;
    if (run === 2) counts.words += 1;
  }
  return counts;
}
