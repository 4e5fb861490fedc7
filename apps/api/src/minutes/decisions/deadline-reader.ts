import { addDays, isCalendarDate, type CalendarDate } from '@duban/contracts';
import * as chrono from 'chrono-node';
import { monthOf, yearOf } from './chinese-numerals';
import { matchesOf } from './text-spans';

/** A deadline a decision names ("by the end of October", 10月底前), and where it is named in the text. */
export interface DeadlineMention {
  date: CalendarDate;
  start: number;
  end: number;
}

/**
 * The first deadline `text` names, as a calendar date in `year` (or the year it writes). Days and months are
 * read by chrono-node (chrono.en, chrono.zh); what it does not read (月底, 年底前, 三季度末, the end of the
 * year or of a quarter) by the small rules below. A date without a word that makes it a deadline (by,
 * before, 前, 截至 …) is not one: "On April 21" is when the meeting met.
 */
export function readDeadline(text: string, year: number): DeadlineMention | undefined {
  const mentions = [...englishDeadlines(text, year), ...chineseDeadlines(text, year)];
  return mentions.sort((a, b) => a.start - b.start)[0];
}

const BY = String.raw`\b(?:by|before|no later than|not later than|prior to|until|till|ahead of)\s+(?:the\s+)?`;
const CUE_BEFORE = new RegExp(`(?:${BY}|\\bdue (?:on|by)\\s+|\\bdeadline(?: is|:)\\s*)$`, 'i');
const MONTH_NAME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bend of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};

/** A form chrono-node does not read, and the date it names. */
interface DeadlineRule {
  pattern: RegExp;
  date: (match: RegExpExecArray, year: number) => CalendarDate | undefined;
}

const ENGLISH_RULES: readonly DeadlineRule[] = [
  {
    pattern: new RegExp(`${BY}(?:end of (?:(?:this|the) year|(\\d{4}))|year[- ]end)\\b`, 'gi'),
    date: (match, year) => calendarDate(Number(match[1] ?? year), 12, 31),
  },
  {
    pattern: new RegExp(
      `${BY}end of (?:the\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th) quarter|q([1-4]))(?: of (\\d{4}))?\\b`,
      'gi',
    ),
    date: (match, year) =>
      quarterEnd(Number(match[3] ?? year), ORDINALS[match[1]?.toLowerCase() ?? ''] ?? Number(match[2])),
  },
  {
    pattern: new RegExp(
      `${BY}(?:end of (?:the\\s+)?first half(?: of (?:the year|(\\d{4})))?|mid-?year)\\b`,
      'gi',
    ),
    date: (match, year) => calendarDate(Number(match[1] ?? year), 6, 30),
  },
];

function englishDeadlines(text: string, year: number): DeadlineMention[] {
  if (!/\b(?:by|before|later than|prior to|until|till|ahead of|due|deadline)\b/i.test(text)) return [];
  const mentions = byRules(text, ENGLISH_RULES, year);
  if (!MONTH_NAME.test(text)) return mentions;
  for (const result of chrono.en.parse(text, referenceDate(year))) {
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, result.index - 30), result.index));
    if (!cue || !MONTH_NAME.test(result.text) || !result.start.isCertain('month')) continue;
    const resultYear = result.start.isCertain('year') ? (result.start.get('year') ?? year) : year;
    const month = result.start.get('month') ?? 0;
    const date = /^end of/i.test(result.text)
      ? monthEnd(resultYear, month)
      : result.start.isCertain('day')
        ? calendarDate(resultYear, month, result.start.get('day') ?? 0)
        : undefined;
    const start = Math.max(0, result.index - 30) + cue.index;
    if (date) mentions.push({ date, start, end: result.index + result.text.length });
  }
  return mentions;
}

const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const YEAR = '(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?';
const NOT_A_COUNT = '(?<![\\d〇零一二三四五六七八九十两几多半每去明前后上下全当同年])';

const CHINESE_RULES: readonly DeadlineRule[] = [
  {
    // 10月底前, 2021年10月底, 十月末
    pattern: new RegExp(`${YEAR}(?<!\\d)${MONTH}月份?(?:底|末)(?:前|以前|之前)?`, 'g'),
    date: (match, year) => monthEnd(yearOf(match[1]) ?? year, monthOf(match[2])),
  },
  {
    // 年底前, 今年年底, 2021年底, 年内; not 三年内 or 去年底
    pattern: new RegExp(
      `(?:(\\d{4}|[〇零一二三四五六七八九]{4})年|(今年|本年度?|明年)年?|${NOT_A_COUNT}年)(?:底|末|内)(?:前|以前|之前)?`,
      'g',
    ),
    date: (match, year) => calendarDate((yearOf(match[1]) ?? year) + (match[2] === '明年' ? 1 : 0), 12, 31),
  },
  {
    // 三季度末, 第三季度末前, 2021年一季度底
    pattern: new RegExp(`${YEAR}第?([一二三四1-4])季度(?:末|底)(?:前|以前|之前)?`, 'g'),
    date: (match, year) => quarterEnd(yearOf(match[1]) ?? year, monthOf(match[2])),
  },
  {
    // 上半年内, 上半年底前
    pattern: new RegExp(`${YEAR}上半年(?:底|末|内|前)(?:前|以前|之前)?`, 'g'),
    date: (match, year) => calendarDate(yearOf(match[1]) ?? year, 6, 30),
  },
];

const DAY_CUE_AFTER = /^\s*(?:前|以前|之前|止|为止|完成)/;
const DAY_CUE_BEFORE = /(?:截至|截止到?|不晚于|最迟|最晚)\s*(?:于|在|到)?\s*$/;

function chineseDeadlines(text: string, year: number): DeadlineMention[] {
  if (!/[年月季]/.test(text)) return [];
  const mentions = byRules(text, CHINESE_RULES, year);
  if (!/月[^，。；]{0,4}[日号]/.test(text)) return mentions;
  for (const result of chrono.zh.parse(text, referenceDate(year))) {
    const end = result.index + result.text.length;
    const after = DAY_CUE_AFTER.exec(text.slice(end));
    const before = DAY_CUE_BEFORE.exec(text.slice(Math.max(0, result.index - 8), result.index));
    if ((!after && !before) || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    const resultYear = result.start.isCertain('year') ? (result.start.get('year') ?? year) : year;
    const date = calendarDate(resultYear, result.start.get('month') ?? 0, result.start.get('day') ?? 0);
    const start = before ? Math.max(0, result.index - 8) + before.index : result.index;
    if (date) mentions.push({ date, start, end: end + (after?.[0].length ?? 0) });
  }
  return mentions;
}

/**
 * The year the minutes are dated in, read from their head (the first 3,000 characters): the first full
 * date there ("2021-04-22 07:52", "April 21, 2021", "2021年4月21日", "二〇二一年四月二十一日"); undefined when
 * they carry none.
 */
export function minutesYear(text: string): number | undefined {
  const head = text.slice(0, 3000);
  const found: { index: number; year: number }[] = [];
  for (const pattern of [
    /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/,
    /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/,
    /([〇零一二三四五六七八九]{4})年(十[一二]?|[一二三四五六七八九])月/,
  ]) {
    const match = pattern.exec(head);
    const year = yearOf(match?.[1]);
    if (match && year !== undefined && monthOf(match[2]) > 0) found.push({ index: match.index, year });
  }
  if (MONTH_NAME.test(head)) {
    // Only a date that names its year counts, so the reference year (needed by chrono) changes nothing.
    const dated = chrono.en
      .parse(head, referenceDate(2000))
      .find((result) => ['year', 'month', 'day'].every((part) => result.start.isCertain(part as 'year')));
    const year = dated?.start.get('year');
    if (dated && year) found.push({ index: dated.index, year });
  }
  return found.sort((a, b) => a.index - b.index)[0]?.year;
}

/** Midsummer of `year`: chrono then places dates without a year in that year. */
function referenceDate(year: number): Date {
  return new Date(year, 6, 1, 12);
}

function byRules(text: string, rules: readonly DeadlineRule[], year: number): DeadlineMention[] {
  const mentions: DeadlineMention[] = [];
  for (const { pattern, date } of rules) {
    for (const match of matchesOf(pattern, text)) {
      const found = date(match, year);
      if (found) mentions.push({ date: found, start: match.index, end: match.index + match[0].length });
    }
  }
  return mentions;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

function monthEnd(year: number, month: number): CalendarDate | undefined {
  if (month < 1 || month > 12) return undefined;
  const nextMonth = month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1);
  return nextMonth ? addDays(nextMonth, -1) : undefined;
}

function quarterEnd(year: number, quarter: number): CalendarDate | undefined {
  return quarter >= 1 && quarter <= 4 ? monthEnd(year, quarter * 3) : undefined;
}
