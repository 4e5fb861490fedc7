import type { MinutesDraft, MinutesPreview } from '@duban/contracts';
import { isChineseText } from './decision-cues';
import { splitDecisions, type DecisionSpan } from './decision-splitter';
import { decisionTitle } from './decision-title';
import { trimSpan } from './text-spans';
import { readDeadline } from './deadline-reader';
import {
  departmentMatchers,
  suggestDepartments,
  type DepartmentKeywords,
  type DepartmentMatcher,
} from './department-suggester';

export type { DepartmentKeywords };
export { minutesYear, readDeadline } from './deadline-reader';

export interface DecisionContext {
  /** The year deadlines without one fall in (the minutes' own date when the text has one, else this). */
  year: number;
  departments: readonly DepartmentKeywords[];
}

/**
 * Meeting minutes as drafts: one per decision, with a title, the decision's text and span, the deadline it
 * names and the departments its words suggest. Pure and synchronous: 20,000 characters take a few
 * milliseconds.
 */
export function previewMinutes(text: string, context: DecisionContext): MinutesPreview {
  if (text.trim() === '') return { drafts: [], reason: 'empty' };
  const decisions = splitDecisions(text);
  if (decisions.length === 0) return { drafts: [], reason: 'no_decisions' };
  const matchers = departmentMatchers(context.departments);
  const drafts = decisions.flatMap((decision) => {
    const kept = withinLimit(text, decision);
    return kept ? [draftOf(text, kept, context.year, matchers)] : [];
  });
  return drafts.length > 0 ? { drafts } : { drafts, reason: 'no_decisions' };
}

/** A task description's limit (`minutesTaskDraftSchema`): a longer decision is cut, so it can be created. */
const MAX_DESCRIPTION_LENGTH = 10_000;
const CLAUSE_END = '。；;.!?！？，,';

/**
 * The decision, cut to the description's limit at the last sentence or clause end before it, if longer;
 * none if its cue comes only after the limit (no minutes have such a sentence).
 */
function withinLimit(text: string, decision: DecisionSpan): DecisionSpan | undefined {
  if (decision.end - decision.start <= MAX_DESCRIPTION_LENGTH) return decision;
  if (decision.phraseStart - decision.start >= MAX_DESCRIPTION_LENGTH - 1) return undefined;
  let end = decision.start + MAX_DESCRIPTION_LENGTH;
  let boundary = end;
  while (boundary > decision.phraseStart && !CLAUSE_END.includes(text.charAt(boundary - 1))) boundary -= 1;
  if (boundary > decision.phraseStart) end = boundary;
  // Never between the two halves of a character outside the Basic Multilingual Plane.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return {
    ...decision,
    end: Math.max(trimSpan(text, { start: decision.start, end }).end, decision.phraseStart + 1),
  };
}

function draftOf(
  text: string,
  decision: DecisionSpan,
  year: number,
  matchers: DepartmentMatcher[],
): MinutesDraft {
  const description = text.slice(decision.start, decision.end);
  const phrase = text.slice(decision.phraseStart, decision.end);
  const deadline = readDeadline(description, year);
  const phraseOffset = decision.phraseStart - decision.start;
  const title = decisionTitle(
    phrase,
    isChineseText(description),
    deadline && deadline.start >= phraseOffset
      ? { start: deadline.start - phraseOffset, end: deadline.end - phraseOffset }
      : undefined,
  );
  return {
    title,
    description,
    ...(deadline ? { deadline: deadline.date } : {}),
    ...suggestDepartments(description, matchers),
    sourceStart: decision.start,
    sourceEnd: decision.end,
  };
}
