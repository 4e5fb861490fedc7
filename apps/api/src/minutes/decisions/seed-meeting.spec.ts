import {
  DEMO_DEPARTMENT_RULES,
  expectedReadBack,
  plausibleLeads,
  readBack,
  sampleMinutes,
  spansInOrderWithoutOverlap,
  type HandMarkedDecision,
} from '../../testing/minutes-samples';
import { minutesYear, previewMinutes } from './index';

/**
 * The seed meeting (../shared/seed/meeting-2021-04-21.txt, copied to fixtures/), read by hand: its
 * decisions are the sentences that say what is to be done ("It is necessary to …", "Efforts should be made
 * to …", "The meeting emphasized / stressed that … should / it is necessary to …"). Not decisions: the
 * headline and date, what the meeting met for ("On April 21 …", "The meeting also studied and implemented
 * …"), who presided, the background ("It was noted that …"), a judgement that sets no task ("The meeting
 * emphasized that accelerating the relocation … is a strategic choice …") and the boilerplate ("The meeting
 * also studied other matters.").
 */
const DECISIONS: readonly HandMarkedDecision[] = [
  {
    // The general instruction to every locality and department: no one department leads it.
    starts: 'The meeting emphasized that all localities, departments and units should take the initiative',
    ends: 'the requirements of the provincial party committee one by one.',
    leads: [],
  },
  {
    starts: 'It is necessary to further expand opening to the outside world',
    ends: 'high-level institutional innovation achievements.',
    leads: ['commerce', 'ndrc'],
  },
  {
    starts: 'It is necessary to accelerate the industrial chain reengineering and value chain upgrading',
    ends: 'cultivating and expanding the "new brand name".',
    leads: ['industry'],
  },
  {
    starts: 'It is necessary to implement the innovation-driven development strategy in depth',
    ends: 'strive to make new breakthroughs in innovation guidance.',
    leads: ['science'],
  },
  {
    starts: 'Efforts should be made to solve outstanding problems in the field of ecological environment',
    ends: 'improve the level of ecological civilization construction.',
    leads: ['ecology'],
  },
  {
    starts: 'It is necessary to do a good job in the change of counties and townships in an orderly manner',
    ends: 'ensure that the change is clean and smooth.',
    leads: ['organization'],
  },
  {
    starts: 'It is necessary to carry out the study and education of party history in a down-to-earth manner',
    ends: 'constantly draw wisdom from party history.',
    leads: ['propaganda', 'organization'],
  },
  {
    starts: 'It is necessary to push forward the education and rectification of the political and legal team',
    ends: 'political and legal iron army of the party and the people.',
    leads: ['political-legal'],
  },
  {
    starts:
      'The meeting stressed that it is necessary to conscientiously implement the requirements of the meeting',
    ends: 'let the people always feel that the party is around.',
    leads: ['organization'],
  },
  {
    starts: 'It is necessary to effectively reduce the burden on the grassroots',
    ends: 'have more energy to do their work and implement it.',
    leads: ['organization'],
  },
  {
    starts: 'It is necessary to strengthen planning guidance, strengthen policy support',
    ends: 'industrial transformation and upgrading in central urban areas.',
    leads: ['industry', 'natural-resources'],
  },
];

const text = sampleMinutes('seed');

describe('the seed meeting of 21 April 2021', () => {
  const preview = previewMinutes(text, {
    year: minutesYear(text) ?? 2026,
    departments: DEMO_DEPARTMENT_RULES,
  });

  it('is dated 2021 (the "2021-04-22 07:52" under its headline)', () => {
    expect(minutesYear(text)).toBe(2021);
  });

  it('gives one draft per hand-marked decision: none missed, none invented, each its own sentence', () => {
    expect(preview.reason).toBeUndefined();
    expect(readBack(text, preview.drafts, DECISIONS)).toEqual(expectedReadBack(DECISIONS));
    expect(spansInOrderWithoutOverlap(preview.drafts)).toBe(true);
    const everyDecision = preview.drafts.map((draft) => draft.description).join('\n');
    for (const notADecision of [
      'On April 21, the Standing Committee',
      'The meeting also studied and implemented',
      'Tan Zuojun, member of the Standing Committee',
      'It was noted that',
      'is a strategic choice',
      'The meeting also studied other matters',
    ]) {
      expect(everyDecision).not.toContain(notADecision);
    }
  });

  it("titles each draft with the decision's verb phrase, without its cue", () => {
    const titles = preview.drafts.map((draft) => draft.title);
    expect(titles[1]).toBe('Further expand opening to the outside world');
    expect(titles[2]).toBe('Accelerate the industrial chain reengineering and value chain upgrading');
    expect(titles[4]).toBe('Solve outstanding problems in the field of ecological environment');
    expect(titles[8]).toBe('Conscientiously implement the requirements of the meeting');
    expect(titles[9]).toBe('Effectively reduce the burden on the grassroots');
    expect(titles[10]).toBe('Strengthen planning guidance');
    expect(new Set(titles).size).toBe(titles.length);
    for (const [index, title] of titles.entries()) {
      expect(title).toMatch(/^[A-Z][a-z]/);
      expect(title).not.toMatch(/^(?:It is|Efforts|The meeting)|[.,;]$/);
      expect(title.length).toBeLessThanOrEqual(80);
      expect(preview.drafts[index]?.description.toLowerCase()).toContain(title.toLowerCase());
    }
  });

  it('suggests a plausible lead from the demo keywords, and says which words matched', () => {
    const leads = preview.drafts.map((draft) => draft.leadDepartmentId ?? null);
    expect(leads).toEqual(plausibleLeads(DECISIONS, leads));
    expect(preview.drafts[4]).toMatchObject({
      leadDepartmentId: 'ecology',
      matched: expect.arrayContaining(['ecological', 'environment']),
    });
    expect(preview.drafts[0]).toMatchObject({ cooperatingDepartmentIds: [], matched: [] });
    expect(preview.drafts[0]?.leadDepartmentId).toBeUndefined();
  });

  it('names no deadline: the seed meeting sets none', () => {
    expect(preview.drafts.filter((draft) => draft.deadline !== undefined)).toEqual([]);
  });
});
