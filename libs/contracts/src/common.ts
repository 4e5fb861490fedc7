import { z } from 'zod';

export const uuidSchema = z.uuid();

/** The largest value of PostgreSQL's `integer` (int4), the type of seqs and versions. */
export const MAX_INT4 = 2_147_483_647;

/**
 * Deadlines Duban accepts. A deadline is a plan for this century: anything before 2000 or after 2099 is a
 * typo (0202 for 2020, 2205 for 2025, 9999 for "someday"), and PostgreSQL has no year 0 at all.
 */
export const FIRST_DEADLINE_YEAR = 2000;
export const LAST_DEADLINE_YEAR = 2099;
/** The first and last deadline as dates: the date inputs' `min` and `max`. */
export const FIRST_DEADLINE = `${FIRST_DEADLINE_YEAR}-01-01`;
export const LAST_DEADLINE = `${LAST_DEADLINE_YEAR}-12-31`;

function yearOf(isoValue: string): number {
  return Number(isoValue.slice(0, 4));
}

/** A calendar date such as a deadline: no time, no zone, within the years above. */
export const isoDateSchema = z.iso
  .date({ abort: true })
  .refine(
    (value) => yearOf(value) >= FIRST_DEADLINE_YEAR && yearOf(value) <= LAST_DEADLINE_YEAR,
    `must be a date from ${FIRST_DEADLINE} to ${LAST_DEADLINE}`,
  );

/**
 * An instant with its offset, such as a search bound. Searches may reach further back than deadlines, but
 * not to the year 0, which PostgreSQL refuses.
 */
export const isoInstantSchema = z.iso
  .datetime({ offset: true, abort: true })
  .refine((value) => yearOf(value) >= 1900, 'must be in the year 1900 or later');

export const USER_ROLES = ['admin', 'supervisor', 'leader', 'member'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

export const TASK_STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const TASK_KINDS = ['task', 'rectification'] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

/**
 * Text safety, in one place for every string a user sends: the server and the browser refuse the same
 * text. Control characters (NUL, escape…) are invisible, and PostgreSQL refuses NUL in text and JSON.
 */
const CONTROL_CHARACTER = /\p{Cc}/u;
/** Multi-line text keeps its tabs and line breaks. */
const CONTROL_CHARACTER_BUT_TAB_OR_LINE_BREAK = /(?![\t\n\r])\p{Cc}/u;
/**
 * Half of a surrogate pair without the other half: not a character at all, and PostgreSQL's JSON refuses it.
 * The same test as `!value.isWellFormed()` (ES2024, beyond the TypeScript lib this project targets).
 */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * A character a reader can see: not whitespace, nor a format character (zero-width space, joiners, byte
 * order mark: category Cf), nor another character meant to be ignored (Hangul fillers), nor a blank braille
 * cell.
 */
const VISIBLE_CHARACTER = /[^\s\p{Zs}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;

export type TextLines = 'single' | 'multiple';

/** What is wrong with the characters of a text, or null when nothing is. */
export function unsafeTextProblem(value: string, lines: TextLines): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (half of a UTF-16 surrogate pair)';
  if (lines === 'single' && CONTROL_CHARACTER.test(value)) {
    return 'must be one line without control characters (NUL, tab, line break…)';
  }
  if (lines === 'multiple' && CONTROL_CHARACTER_BUT_TAB_OR_LINE_BREAK.test(value)) {
    return 'must not contain control characters (NUL, escape…)';
  }
  return null;
}

/** True when the text shows something: not only spaces and invisible characters. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE_CHARACTER.test(value);
}

function refuseUnsafeText(lines: TextLines) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = unsafeTextProblem(value, lines);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  };
}

/** Text that must show something: only invisible characters count as empty ("required", as "" would). */
function requireVisibleText(value: string, context: z.RefinementCtx): void {
  if (value === '' || hasVisibleText(value)) return;
  context.addIssue({
    code: 'too_small',
    origin: 'string',
    minimum: 1,
    inclusive: true,
    message: 'must contain visible text, not only spaces or invisible characters',
    input: value,
  });
}

/** Any single-line string a user sends (passwords, URLs, filters): no control characters, no broken ones. */
export const singleLineString = () => z.string().superRefine(refuseUnsafeText('single'));

/** A web address (evidence links): http or https only, so a link never runs script when opened. */
export const webUrl = (max: number) =>
  z
    .url({ protocol: /^https?$/ })
    .max(max)
    .superRefine(refuseUnsafeText('single'));

/** Trimmed single-line text that must show something (titles, names, labels), with a length limit. */
export const shortText = (max: number) =>
  z.string().trim().min(1).max(max).superRefine(refuseUnsafeText('single')).superRefine(requireVisibleText);

/** Trimmed multi-line text that must show something (comment bodies, reports, reasons). */
export const requiredText = (max: number) =>
  z.string().trim().min(1).max(max).superRefine(refuseUnsafeText('multiple')).superRefine(requireVisibleText);

/** Multi-line text (descriptions, notes); may be empty where optional. */
export const longText = (max: number) => z.string().max(max).superRefine(refuseUnsafeText('multiple'));
