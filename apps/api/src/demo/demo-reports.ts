import type { DemoDepartmentKey } from './demo-data';
import type { Wording } from './demo-wording';

export interface DemoReport {
  /** The key of a task in DEMO_TASKS. */
  task: string;
  /** The reporting department; its member is the author. */
  department: DemoDepartmentKey;
  text: Wording;
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
    text: {
      en:
        'The draft list of 12 policy requests is with the Development and Reform Commission for review; ' +
        'the final list goes to the province next week.',
      zh: '12项政策诉求清单初稿已报市发展改革委审核，正式清单下周报送省里。',
    },
    progress: 40,
  },
  {
    task: 'industrial-chain',
    department: 'science',
    text: {
      en: 'Low-carbon targets proposed for the three chains the bureau supports; sent to the lead department.',
      zh: '已对我局支持的三条产业链提出低碳目标，并报送牵头单位。',
    },
    progress: 50,
  },
  {
    task: 'ecology',
    department: 'ecology',
    text: {
      en: '18 of the 40 inspection problems are rectified and checked on site; 22 are in progress on schedule.',
      zh: '督察发现的40个问题中，18个已完成整改并通过现场核查，其余22个正按计划推进。',
    },
    progress: 45,
  },
  {
    task: 'party-history',
    department: 'propaganda',
    text: {
      en: 'Study sessions held in all 12 districts; the red-resources route opens to visitors on 1 July.',
      zh: '全市12个区市县均已开展专题学习，红色资源参观线路将于7月1日对外开放。',
    },
    progress: 60,
  },
];
