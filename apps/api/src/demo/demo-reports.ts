import type { DemoDepartmentKey } from './demo-data';

export interface DemoReport {
  /** The key of a task in DEMO_TASKS. */
  task: string;
  /** The reporting department; its member is the author. */
  department: DemoDepartmentKey;
  text: string;
  progress: number;
}

/**
 * This period's progress reports (反馈), sent in the last hours before the demo loads: some lead
 * departments have reported and some have not, and one cooperating department has added its part. A lead
 * department's report states the progress its task shows.
 */
export const DEMO_REPORTS: readonly DemoReport[] = [
  {
    task: 'opening-up',
    department: 'commerce',
    text:
      'The draft list of 12 policy requests is with the Development and Reform Commission for review; ' +
      'the final list goes to the province next week.',
    progress: 40,
  },
  {
    task: 'industrial-chain',
    department: 'science',
    text: 'Low-carbon targets proposed for the three chains the bureau supports; sent to the lead department.',
    progress: 50,
  },
  {
    task: 'ecology',
    department: 'ecology',
    text: '18 of the 40 inspection problems are rectified and checked on site; 22 are in progress on schedule.',
    progress: 45,
  },
  {
    task: 'party-history',
    department: 'propaganda',
    text: 'Study sessions held in all 12 districts; the red-resources route opens to visitors on 1 July.',
    progress: 60,
  },
];
