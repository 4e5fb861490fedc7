import type { MinutesDraft } from '@duban/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DEPARTMENTS, type DemoDepartmentKey } from '../demo/demo-data';
import { DEMO_DEPARTMENT_KEYWORDS } from '../demo/demo-keywords';
import type { DepartmentKeywords } from '../minutes/decisions';

/** The sample minutes of `minutes/decisions/fixtures/`: the seed meeting (EN) and a standing committee's (中文). */
export const SAMPLE_MINUTES = {
  seed: 'meeting-2021-04-21.txt',
  chinese: 'standing-committee-2021-06-08.zh.txt',
} as const;

export function sampleMinutes(sample: keyof typeof SAMPLE_MINUTES): string {
  return readFileSync(join(__dirname, '../minutes/decisions/fixtures', SAMPLE_MINUTES[sample]), 'utf8');
}

/** The demo departments with their seeded keywords, each identified by its key. */
export const DEMO_DEPARTMENT_RULES: DepartmentKeywords[] = DEMO_DEPARTMENTS.map((department) => ({
  id: department.key,
  name: department.name.en,
  keywords: DEMO_DEPARTMENT_KEYWORDS[department.key],
}));

/** A decision as a reader marks it by hand: how its text starts and ends, and who should lead it. */
export interface HandMarkedDecision {
  starts: string;
  ends: string;
  /** Departments that could plausibly lead it (the first is the one the demo assigns); none: no lead. */
  leads: readonly DemoDepartmentKey[];
}

/**
 * The drafts read back against the hand-marked decisions, for one `toEqual(expectedReadBack(decisions))`
 * that shows every difference: a draft that starts and ends as its decision reads back as that decision;
 * one that does not shows its own first and last words.
 */
export function readBack(
  text: string,
  drafts: readonly MinutesDraft[],
  decisions: readonly HandMarkedDecision[],
) {
  return drafts.map((draft, index) => {
    const decision = decisions[index];
    const { description } = draft;
    return {
      starts:
        decision && description.startsWith(decision.starts) ? decision.starts : description.slice(0, 40),
      ends: decision && description.endsWith(decision.ends) ? decision.ends : description.slice(-30),
      spanIsDescription: text.slice(draft.sourceStart, draft.sourceEnd) === description,
      trimmed: description === description.trim() && description.length > 0,
    };
  });
}

export function expectedReadBack(decisions: readonly HandMarkedDecision[]) {
  return decisions.map(({ starts, ends }) => ({ starts, ends, spanIsDescription: true, trimmed: true }));
}

/** No draft repeats or overlaps another, and they come in the order of the text. */
export function spansInOrderWithoutOverlap(drafts: readonly MinutesDraft[]): boolean {
  return drafts.every((draft, index) => {
    const previous = drafts[index - 1];
    return draft.sourceStart < draft.sourceEnd && (!previous || previous.sourceEnd <= draft.sourceStart);
  });
}

/**
 * The lead each decision should have: the one found when it is among the plausible ones (so a `toEqual`
 * against the found leads passes), else the first plausible one (so it fails showing what was expected).
 */
export function plausibleLeads(
  decisions: readonly HandMarkedDecision[],
  found: readonly (string | null)[],
): (string | null)[] {
  return decisions.map((decision, index) => {
    const lead = found[index] ?? null;
    if (decision.leads.length === 0) return null;
    return lead !== null && (decision.leads as readonly string[]).includes(lead)
      ? lead
      : (decision.leads[0] ?? null);
  });
}
