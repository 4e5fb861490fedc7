import type { MinutesDraft } from '@duban/contracts';
import { problemsOfDetails } from './import-problems';
import {
  firstLine,
  importFieldOf,
  mergeDrafts,
  reviewDraftOf,
  splitDraft,
  splitPoint,
  taskDraftOf,
} from './review-drafts';
import { EMPTY_REVIEW, reviewReducer } from './review-state';

const ECOLOGY = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
const WATER = '1c8f9b2d-6e3a-4d4b-8f2c-3a7e9d5b8f21';
const PORT = '2d9a0c3e-7f4b-4e5c-9a3d-4b8f0e6c9a32';

const MINUTES =
  'The meeting required: strengthen river protection. Clean up the lakes by October. ' +
  'It is necessary to speed up port logistics.';
const first = MINUTES.indexOf('strengthen');
const second = MINUTES.indexOf('It is necessary');

function draft(overrides: Partial<MinutesDraft>): MinutesDraft {
  return {
    title: 'A decision',
    description: 'A decision.',
    cooperatingDepartmentIds: [],
    matched: [],
    sourceStart: 0,
    sourceEnd: 10,
    ...overrides,
  };
}

const river = reviewDraftOf(
  draft({
    title: 'Strengthen river protection',
    description: 'Strengthen river protection. Clean up the lakes by October.',
    deadline: '2021-10-31',
    leadDepartmentId: ECOLOGY,
    cooperatingDepartmentIds: [WATER],
    matched: ['river', 'lakes'],
    sourceStart: first,
    sourceEnd: second - 1,
  }),
);
const port = reviewDraftOf(
  draft({
    title: 'Speed up port logistics',
    description: 'It is necessary to speed up port logistics.',
    leadDepartmentId: PORT,
    matched: ['port'],
    sourceStart: second,
    sourceEnd: MINUTES.length,
  }),
);

describe('Drafts under review', () => {
  it('become form values (blanks for none) and go back as the import asks for them', () => {
    const none = reviewDraftOf(draft({ title: 'Hold a meeting', description: 'Hold a meeting.' }));
    expect(none).toMatchObject({ deadline: '', leadDepartmentId: '', suggestedLeadId: '' });
    expect(taskDraftOf({ ...none, title: '  Hold a meeting ' })).toEqual({
      title: 'Hold a meeting',
      description: 'Hold a meeting.',
      deadline: null,
      leadDepartmentId: null,
      cooperatingDepartmentIds: [],
      sourceStart: 0,
      sourceEnd: 10,
    });
  });

  it('merge: the first title, both descriptions, the span over both, the second lead cooperating', () => {
    const merged = mergeDrafts(river, port);
    expect(merged).toMatchObject({
      key: river.key,
      title: 'Strengthen river protection',
      description: `${river.description}\n${port.description}`,
      deadline: '2021-10-31',
      leadDepartmentId: ECOLOGY,
      cooperatingDepartmentIds: [WATER, PORT],
      matched: ['river', 'lakes', 'port'],
      sourceStart: first,
      sourceEnd: MINUTES.length,
    });
  });

  it('split: at the sentence boundary nearest the middle, the span cut where the second part starts', () => {
    const at = splitPoint(river.description);
    expect(river.description.slice(0, at ?? 0)).toBe('Strengthen river protection. ');
    const [head, tail] = splitDraft(river, at ?? 0, MINUTES);
    expect(head).toMatchObject({
      key: river.key,
      title: 'Strengthen river protection',
      description: 'Strengthen river protection.',
      sourceStart: first,
      sourceEnd: MINUTES.indexOf('Clean up'),
    });
    expect(tail).toMatchObject({
      title: 'Clean up the lakes by October',
      description: 'Clean up the lakes by October.',
      leadDepartmentId: ECOLOGY,
      sourceStart: MINUTES.indexOf('Clean up'),
      sourceEnd: second - 1,
    });
    expect(tail.key).not.toBe(river.key);
  });

  it('split: at the cursor when it stands inside the words; nothing to split in one sentence', () => {
    expect(splitPoint('Build the port and dredge the canal.', 18)).toBe(18);
    expect(splitPoint('Build the port and dredge the canal.', 0)).toBeNull();
    expect(splitPoint('Build the port and dredge the canal.')).toBeNull();
    expect(splitPoint('要加快港口建设。要疏浚运河。')).toBe('要加快港口建设。'.length);
  });

  it('the first line of the minutes names the import', () => {
    expect(firstLine('\n\n  Standing committee, April 21  \nIt was noted…')).toBe(
      'Standing committee, April 21',
    );
    expect(firstLine('   ')).toBe('');
  });
});

describe('The review', () => {
  const loaded = reviewReducer(EMPTY_REVIEW, { type: 'load', drafts: [river, port] });

  it('drops a draft and puts it back where it was on undo', () => {
    const dropped = reviewReducer(loaded, { type: 'drop', key: river.key });
    expect(dropped.drafts.map((each) => each.key)).toEqual([port.key]);
    const undone = reviewReducer(dropped, { type: 'undoDrop' });
    expect(undone.drafts.map((each) => each.key)).toEqual([river.key, port.key]);
    expect(undone.dropped).toEqual([]);
  });

  it('a lead department chosen leaves the cooperating ones; an edit clears that field’s problem only', () => {
    const withProblems = reviewReducer(loaded, {
      type: 'problems',
      problems: {
        [river.key]: {
          leadDepartmentId: { code: 'server', message: 'archived' },
          title: { code: 'required' },
        },
      },
    });
    const edited = reviewReducer(withProblems, {
      type: 'edit',
      key: river.key,
      changes: { leadDepartmentId: WATER },
    });
    expect(edited.drafts[0]).toMatchObject({ leadDepartmentId: WATER, cooperatingDepartmentIds: [] });
    expect(edited.problems[river.key]).toEqual({ title: { code: 'required' } });
  });

  it('a refusal naming drafts.1.leadDepartmentId lands on the second draft sent, by its key', () => {
    const problems = problemsOfDetails(
      [
        { field: 'drafts.1.leadDepartmentId', message: 'unknown department' },
        { field: 'title', message: 'too long' },
        { field: 'drafts.0.sourceEnd', message: 'must be after sourceStart' },
      ],
      'Validation failed',
      [river.key, port.key],
    );
    expect(problems.drafts).toEqual({
      [port.key]: { leadDepartmentId: { code: 'server', message: 'unknown department' } },
      [river.key]: { form: { code: 'server', message: 'must be after sourceStart' } },
    });
    expect(problems.page).toEqual({ title: { code: 'server', message: 'too long' } });
    expect(importFieldOf('drafts.3.cooperatingDepartmentIds.0')).toEqual({
      draft: 3,
      field: 'cooperatingDepartmentIds',
    });
  });
});
