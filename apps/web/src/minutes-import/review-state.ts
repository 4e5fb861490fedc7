import type { FormProblems } from '../ui/form/field-problem';
import {
  editDraft,
  mergeDrafts,
  splitDraft,
  type DraftField,
  type DraftValues,
  type ReviewDraft,
} from './review-drafts';

export type DraftProblems = FormProblems<DraftField>;

/** The review: the drafts in order, what was dropped (newest last, for undo), and problems per draft key. */
export interface ReviewState {
  drafts: ReviewDraft[];
  dropped: { draft: ReviewDraft; index: number }[];
  problems: Record<string, DraftProblems>;
}

export type ReviewAction =
  | { type: 'load'; drafts: ReviewDraft[] }
  | { type: 'edit'; key: string; changes: Partial<DraftValues> }
  | { type: 'drop'; key: string }
  | { type: 'undoDrop' }
  | { type: 'mergeWithNext'; key: string }
  | { type: 'split'; key: string; at: number; minutes: string }
  | { type: 'problems'; problems: Record<string, DraftProblems> };

export const EMPTY_REVIEW: ReviewState = { drafts: [], dropped: [], problems: {} };

/** A draft's problems without those of the fields just changed (an edit answers them). */
function withoutProblems(
  problems: Record<string, DraftProblems>,
  key: string,
  fields: readonly string[],
): Record<string, DraftProblems> {
  const own = problems[key];
  if (!own) return problems;
  const left = Object.fromEntries(Object.entries(own).filter(([field]) => !fields.includes(field)));
  return { ...problems, [key]: left };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const find = (key: string) => {
    const index = state.drafts.findIndex((draft) => draft.key === key);
    const draft = state.drafts[index];
    return draft ? { index, draft } : null;
  };
  switch (action.type) {
    case 'load':
      return { drafts: action.drafts, dropped: [], problems: {} };
    case 'edit': {
      const found = find(action.key);
      if (!found) return state;
      const drafts = state.drafts.with(found.index, editDraft(found.draft, action.changes));
      // A draft-wide problem (e.g. its span) goes with any edit; a field's with an edit of that field.
      const fields = [...Object.keys(action.changes), 'form'];
      return { ...state, drafts, problems: withoutProblems(state.problems, action.key, fields) };
    }
    case 'drop': {
      const found = find(action.key);
      if (!found) return state;
      return {
        ...state,
        drafts: state.drafts.toSpliced(found.index, 1),
        dropped: [...state.dropped, found],
      };
    }
    case 'undoDrop': {
      const last = state.dropped.at(-1);
      if (!last) return state;
      return {
        ...state,
        drafts: state.drafts.toSpliced(Math.min(last.index, state.drafts.length), 0, last.draft),
        dropped: state.dropped.slice(0, -1),
      };
    }
    case 'mergeWithNext': {
      const found = find(action.key);
      const next = found && state.drafts[found.index + 1];
      if (!found || !next) return state;
      const merged = mergeDrafts(found.draft, next);
      const problems = { ...state.problems };
      delete problems[next.key];
      return {
        ...state,
        drafts: state.drafts.toSpliced(found.index, 2, merged),
        problems: withoutProblems(problems, merged.key, ['description', 'form']),
      };
    }
    case 'split': {
      const found = find(action.key);
      if (!found) return state;
      const parts = splitDraft(found.draft, action.at, action.minutes);
      return {
        ...state,
        drafts: state.drafts.toSpliced(found.index, 1, ...parts),
        problems: withoutProblems(state.problems, action.key, ['description', 'form']),
      };
    }
    case 'problems':
      return { ...state, problems: action.problems };
  }
}
