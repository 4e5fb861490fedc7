import type { TaskKind, TaskStatus } from '@duban/contracts';
import type { DemoDepartmentKey } from './demo-data';

export interface DemoTask {
  /** Lets comments name their task. */
  key: string;
  title: string;
  description: string;
  kind: TaskKind;
  status: TaskStatus;
  progress: number;
  lead: DemoDepartmentKey;
  cooperating: DemoDepartmentKey[];
  /**
   * Deadline relative to the day of seeding, so the demo always shows a mix of overdue, due-soon and
   * on-track cards however long after the release it is loaded.
   */
  dueInDays: number;
  labels: string[];
}

const DECISIONS: DemoTask[] = [
  {
    key: 'opening-up',
    title: 'Build a new frontier of opening-up and secure more preferential national policies',
    description:
      'Align with national strategies, list the preferential policies the city should apply for, and back ' +
      'the new frontier of opening-up with high-quality projects and institutional innovation.',
    kind: 'task',
    status: 'in_progress',
    progress: 40,
    lead: 'commerce',
    cooperating: ['ndrc'],
    dueInDays: -5,
    labels: ['opening-up', 'policy'],
  },
  {
    key: 'industrial-chain',
    title: 'Re-engineer industrial chains and upgrade value chains along a green, low-carbon path',
    description:
      'Identify the key chains to extend and strengthen, grow the real economy and set low-carbon targets ' +
      'for each upgrading project.',
    kind: 'task',
    status: 'in_progress',
    progress: 55,
    lead: 'industry',
    cooperating: ['ndrc', 'science'],
    dueInDays: 5,
    labels: ['industry', 'low-carbon'],
  },
  {
    key: 'brands',
    title: 'Upgrade time-honoured brands, develop original brands and cultivate new ones',
    description:
      'Draw up a support list of time-honoured brands for renovation, a development plan for original ' +
      'local brands and an incubation scheme for new brands.',
    kind: 'task',
    status: 'in_review',
    progress: 90,
    lead: 'commerce',
    cooperating: ['industry', 'propaganda'],
    dueInDays: 3,
    labels: ['brands', 'real economy'],
  },
  {
    key: 'research-platforms',
    title: 'Accelerate the construction of major scientific research platforms',
    description:
      'Pool land, funding and talent for the major platforms and report each platform’s milestones ' +
      'quarterly.',
    kind: 'task',
    status: 'in_progress',
    progress: 30,
    lead: 'science',
    cooperating: ['ndrc'],
    dueInDays: 45,
    labels: ['innovation'],
  },
  {
    key: 'commercialisation',
    title: 'Turn research results of institutes and universities into products',
    description:
      'Use the combination of industry, education and research to move more results from institutes and ' +
      'universities into local enterprises.',
    kind: 'task',
    status: 'todo',
    progress: 0,
    lead: 'science',
    cooperating: ['industry'],
    dueInDays: -2,
    labels: ['innovation', 'universities'],
  },
  {
    key: 'ecology',
    title: 'Rectify the problems found by the central ecological environmental protection inspection',
    description:
      'Study, plan and act early: keep one ledger of all findings with owners and dates, and strengthen ' +
      'ongoing protection of the ecological environment.',
    kind: 'task',
    status: 'in_progress',
    progress: 45,
    lead: 'ecology',
    cooperating: ['natural-resources', 'housing'],
    dueInDays: 10,
    labels: ['ecology', 'central inspection'],
  },
  {
    key: 'leadership-change',
    title: 'Carry out the county and township leadership change in an orderly way',
    description:
      'Keep the Party’s leadership throughout, follow the procedures strictly and do careful ideological ' +
      'work with cadres so that the change is clean and smooth.',
    kind: 'task',
    status: 'done',
    progress: 100,
    lead: 'organization',
    cooperating: [],
    dueInDays: -20,
    labels: ['party building', 'personnel'],
  },
  {
    key: 'party-history',
    title: 'Run party-history study and education using the city’s red resources',
    description:
      'Organise study sessions and visits to local red sites so that Party members and cadres carry the ' +
      'red tradition forward.',
    kind: 'task',
    status: 'in_progress',
    progress: 60,
    lead: 'propaganda',
    cooperating: ['organization'],
    dueInDays: 2,
    labels: ['party history'],
  },
  {
    key: 'political-legal',
    title: 'Push forward the education and rectification of the political and legal team',
    description: 'Carry out the “four tasks” and the “three links” and report the progress of each stage.',
    kind: 'task',
    status: 'in_progress',
    progress: 50,
    lead: 'political-legal',
    cooperating: ['organization'],
    dueInDays: 60,
    labels: ['political-legal team'],
  },
  {
    key: 'grass-roots',
    title: 'Strengthen grass-roots party building and reduce burdens on the grass roots',
    description:
      'Help grass-roots Party organisations solve practical problems and serve residents better; cut ' +
      'formalistic meetings, documents and inspections.',
    kind: 'task',
    status: 'in_review',
    progress: 95,
    lead: 'organization',
    cooperating: ['propaganda'],
    dueInDays: 1,
    labels: ['party building', 'grass roots'],
  },
  {
    key: 'relocation-planning',
    title: 'Plan the relocation and transformation of industrial enterprises in the central city',
    description:
      'Prepare the planning guidance and the land-use arrangements for the enterprises that will move out ' +
      'of the central urban area.',
    kind: 'task',
    status: 'in_progress',
    progress: 25,
    lead: 'natural-resources',
    cooperating: ['industry', 'housing'],
    dueInDays: -1,
    labels: ['relocation', 'planning'],
  },
  {
    key: 'relocation-policy',
    title: 'Support relocating enterprises with policies by area and type of enterprise',
    description:
      'Work out supporting measures and publicity so that enterprises can move, settle and grow well after ' +
      'the relocation.',
    kind: 'task',
    status: 'todo',
    progress: 0,
    lead: 'industry',
    cooperating: ['ndrc', 'housing', 'natural-resources'],
    dueInDays: 6,
    labels: ['relocation', 'policy'],
  },
];

/** Until rectification items get their own fields, the problem found is the description. */
const RECTIFICATIONS: DemoTask[] = [
  {
    key: 'sea-reclamation',
    title: 'Restore the coastline at an illegally reclaimed sea area',
    description:
      '**Problem found:** part of a bay was filled in without approval and the reclaimed land was left ' +
      'unused, damaging the natural coastline.',
    kind: 'rectification',
    status: 'in_progress',
    progress: 35,
    lead: 'natural-resources',
    cooperating: ['ecology'],
    dueInDays: -10,
    labels: ['central inspection', 'coastline'],
  },
  {
    key: 'sewage-outfalls',
    title: 'Close unpermitted sewage outfalls discharging into nearshore waters',
    description:
      '**Problem found:** several outfalls without permits discharged untreated wastewater into nearshore ' +
      'waters, and the city’s outfall register was incomplete.',
    kind: 'rectification',
    status: 'in_review',
    progress: 95,
    lead: 'ecology',
    cooperating: ['housing'],
    dueInDays: 4,
    labels: ['central inspection', 'water'],
  },
  {
    key: 'port-dust',
    title: 'Control dust from open bulk-cargo storage at the port',
    description:
      '**Problem found:** coal and ore were stored in the open at port yards without enough covering or ' +
      'spraying, and dust affected nearby residential areas.',
    kind: 'rectification',
    status: 'todo',
    progress: 0,
    lead: 'ecology',
    cooperating: ['industry'],
    dueInDays: 14,
    labels: ['central inspection', 'air'],
  },
  {
    key: 'solid-waste',
    title: 'Remediate an industrial solid waste site without seepage protection',
    description:
      '**Problem found:** an industrial solid waste site had no anti-seepage lining and no leachate ' +
      'collection, putting groundwater at risk.',
    kind: 'rectification',
    status: 'done',
    progress: 100,
    lead: 'ecology',
    cooperating: ['industry', 'natural-resources'],
    dueInDays: -3,
    labels: ['central inspection', 'solid waste'],
  },
];

export const DEMO_TASKS: readonly DemoTask[] = [...DECISIONS, ...RECTIFICATIONS];
