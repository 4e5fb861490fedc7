import type { MinutesDraft, MinutesTaskDraft } from '@duban/contracts';

/**
 * A draft under review: the server's suggestion as form values (empty strings for "none", as the form kit
 * keeps them), with a key that stays with it through drops, merges and splits, and what was suggested.
 */
export interface ReviewDraft {
  key: string;
  title: string;
  description: string;
  /** "YYYY-MM-DD", or '' for none. */
  deadline: string;
  /** A department id, or '' for none. */
  leadDepartmentId: string;
  cooperatingDepartmentIds: string[];
  /** The lead department the server suggested ('' for none) and the words that made it. */
  suggestedLeadId: string;
  matched: string[];
  sourceStart: number;
  sourceEnd: number;
}

/** The fields of a draft the user edits, as the form kit binds them. */
export type DraftValues = Pick<
  ReviewDraft,
  'title' | 'description' | 'deadline' | 'leadDepartmentId' | 'cooperatingDepartmentIds'
>;
export type DraftField = keyof DraftValues;
export const DRAFT_FIELDS: readonly DraftField[] = [
  'title',
  'description',
  'deadline',
  'leadDepartmentId',
  'cooperatingDepartmentIds',
];

let nextKey = 0;
/** A key no other draft on the page has. */
export const newDraftKey = () => `draft-${++nextKey}`;

export function reviewDraftOf(draft: MinutesDraft): ReviewDraft {
  return {
    key: newDraftKey(),
    title: draft.title,
    description: draft.description,
    deadline: draft.deadline ?? '',
    leadDepartmentId: draft.leadDepartmentId ?? '',
    cooperatingDepartmentIds: draft.cooperatingDepartmentIds.filter((id) => id !== draft.leadDepartmentId),
    suggestedLeadId: draft.leadDepartmentId ?? '',
    matched: draft.matched,
    sourceStart: draft.sourceStart,
    sourceEnd: draft.sourceEnd,
  };
}

/** What the import sends for a draft: blanks as absent, nothing the server did not ask for. */
export function taskDraftOf(draft: ReviewDraft): MinutesTaskDraft {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    deadline: draft.deadline || null,
    leadDepartmentId: draft.leadDepartmentId || null,
    cooperatingDepartmentIds: draft.cooperatingDepartmentIds.filter((id) => id !== draft.leadDepartmentId),
    sourceStart: draft.sourceStart,
    sourceEnd: draft.sourceEnd,
  };
}

/** A changed draft; choosing a lead department takes it off the cooperating ones. */
export function editDraft(draft: ReviewDraft, changes: Partial<DraftValues>): ReviewDraft {
  const edited = { ...draft, ...changes };
  return {
    ...edited,
    cooperatingDepartmentIds: edited.cooperatingDepartmentIds.filter((id) => id !== edited.leadDepartmentId),
  };
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * A draft and the one after it as one: the first's title, both descriptions (one paragraph each), the first
 * deadline and lead department either names, both cooperating lists, and the span over both.
 */
export function mergeDrafts(first: ReviewDraft, second: ReviewDraft): ReviewDraft {
  const leadDepartmentId = first.leadDepartmentId || second.leadDepartmentId;
  return {
    key: first.key,
    title: first.title,
    description: [first.description.trim(), second.description.trim()].filter(Boolean).join('\n'),
    deadline: first.deadline || second.deadline,
    leadDepartmentId,
    cooperatingDepartmentIds: unique([
      ...first.cooperatingDepartmentIds,
      ...second.cooperatingDepartmentIds,
      ...(second.leadDepartmentId ? [second.leadDepartmentId] : []),
    ]).filter((id) => id !== leadDepartmentId),
    suggestedLeadId: first.suggestedLeadId || second.suggestedLeadId,
    matched: unique([...first.matched, ...second.matched]),
    sourceStart: Math.min(first.sourceStart, second.sourceStart),
    sourceEnd: Math.max(first.sourceEnd, second.sourceEnd),
  };
}

/** Where a sentence ends: after . ! ? ; and their full-width forms (and a closing quote or bracket). */
const SENTENCE_END = /[.!?;。！？；]["'”’）)]*\s*/g;

/** The offsets where one sentence ends and the next begins, inside the text (not at its ends). */
export function sentenceBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index + match[0].length;
    if (at < text.trimEnd().length) boundaries.push(at);
  }
  return boundaries;
}

/**
 * Where "Split" cuts a description: at the cursor when it stands inside the text with words on both sides,
 * else at the sentence boundary nearest the middle; null when there is nothing to cut (one sentence).
 */
export function splitPoint(description: string, cursor?: number): number | null {
  const inside = (at: number) =>
    description.slice(0, at).trim() !== '' && description.slice(at).trim() !== '';
  if (cursor !== undefined && cursor > 0 && cursor < description.length && inside(cursor)) return cursor;
  const middle = description.length / 2;
  const nearest = sentenceBoundaries(description)
    .filter(inside)
    .sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
  return nearest ?? null;
}

/**
 * A draft as two at `at` (see `splitPoint`): the first keeps its title and departments, the second takes
 * its first words as a title and the same departments; the span is cut where the second part's words
 * start in the minutes (in proportion when they cannot be found), so both spans stay non-empty.
 */
export function splitDraft(draft: ReviewDraft, at: number, minutes: string): [ReviewDraft, ReviewDraft] {
  const head = draft.description.slice(0, at).trim();
  const tail = draft.description.slice(at).trim();
  const span = minutes.slice(draft.sourceStart, draft.sourceEnd);
  const found = span.indexOf(tail.slice(0, 24));
  const share = Math.round((draft.sourceEnd - draft.sourceStart) * (at / draft.description.length));
  const offset = found > 0 ? found : share;
  const cut = Math.min(Math.max(draft.sourceStart + offset, draft.sourceStart + 1), draft.sourceEnd - 1);
  const tooShort = draft.sourceEnd - draft.sourceStart < 2;
  return [
    { ...draft, description: head, sourceEnd: tooShort ? draft.sourceEnd : cut },
    {
      ...draft,
      key: newDraftKey(),
      title: titleOf(tail),
      description: tail,
      sourceStart: tooShort ? draft.sourceStart : cut,
    },
  ];
}

/** A title for a part split off: its first sentence, at most 80 characters. */
function titleOf(text: string): string {
  const end = sentenceBoundaries(text)[0] ?? text.length;
  const sentence = text
    .slice(0, end)
    .trim()
    .replace(/[.!?;。！？；]+$/, '');
  return sentence.length > 80 ? `${sentence.slice(0, 79)}…` : sentence;
}

/** The minutes' first non-blank line: the import's title when the user gives none. */
export function firstLine(text: string): string {
  const start = text.search(/\S/);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).trim();
}

/** Which draft and field a path of the import request names ("drafts.3.leadDepartmentId"). */
export type ImportFieldOf =
  { draft: number; field: DraftField | 'form' } | { draft: null; field: 'text' | 'title' | 'form' };

export function importFieldOf(path: string): ImportFieldOf {
  const [head = '', index = '', name = ''] = path.split('.');
  if (head === 'drafts' && /^\d+$/.test(index)) {
    const field = DRAFT_FIELDS.find((candidate) => candidate === name);
    return { draft: Number(index), field: field ?? 'form' };
  }
  if (head === 'text' || head === 'title') return { draft: null, field: head };
  return { draft: null, field: 'form' };
}
