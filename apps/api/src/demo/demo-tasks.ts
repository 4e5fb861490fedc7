import type { TaskKind, TaskStatus } from '@duban/contracts';
import type { DemoDepartmentKey } from './demo-data';
import { DEMO_LABELS as LABEL, type Wording } from './demo-wording';

export interface DemoTask {
  /** Lets comments name their task. */
  key: string;
  title: Wording;
  description: Wording;
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
  labels: Wording[];
}

const DECISIONS: DemoTask[] = [
  {
    key: 'opening-up',
    title: {
      en: 'Build a new frontier of opening-up and secure more preferential national policies',
      zh: '打造对外开放新前沿，争取更多国家优惠政策落地',
    },
    description: {
      en:
        'Align with national strategies, list the preferential policies the city should apply for, and back ' +
        'the new frontier of opening-up with high-quality projects and institutional innovation.',
      zh:
        '主动对接国家战略，立足大连实际，梳理我市拟争取的优惠政策清单，以高质量发展项目和高水平制度创新' +
        '成果打造对外开放新前沿。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 40,
    lead: 'commerce',
    cooperating: ['ndrc'],
    dueInDays: -5,
    labels: [LABEL.openingUp, LABEL.policy],
  },
  {
    key: 'industrial-chain',
    title: {
      en: 'Re-engineer industrial chains and upgrade value chains along a green, low-carbon path',
      zh: '加快产业链再造和价值链提升，坚定不移走绿色低碳发展之路',
    },
    description: {
      en:
        'Identify the key chains to extend and strengthen, grow the real economy and set low-carbon targets ' +
        'for each upgrading project.',
      zh: '明确需要延链、补链、强链的重点产业链，做大做强实体经济，为每个升级改造项目设定低碳目标。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 55,
    lead: 'industry',
    cooperating: ['ndrc', 'science'],
    dueInDays: 5,
    labels: [LABEL.industry, LABEL.lowCarbon],
  },
  {
    key: 'brands',
    title: {
      en: 'Upgrade time-honoured brands, develop original brands and cultivate new ones',
      zh: '改造升级“老字号”、深度开发“原字号”、培育壮大“新字号”',
    },
    description: {
      en:
        'Draw up a support list of time-honoured brands for renovation, a development plan for original ' +
        'local brands and an incubation scheme for new brands.',
      zh: '制定“老字号”改造提升支持清单、“原字号”本地品牌开发方案和“新字号”品牌培育计划。',
    },
    kind: 'task',
    status: 'in_review',
    progress: 90,
    lead: 'commerce',
    cooperating: ['industry', 'propaganda'],
    dueInDays: 3,
    labels: [LABEL.brands, LABEL.realEconomy],
  },
  {
    key: 'research-platforms',
    title: {
      en: 'Accelerate the construction of major scientific research platforms',
      zh: '加快重大科研平台建设',
    },
    description: {
      en:
        'Pool land, funding and talent for the major platforms and report each platform’s milestones ' +
        'quarterly.',
      zh: '创造条件、整合资源、强化保障，统筹用地、资金和人才支持重大科研平台建设，按季度报送各平台节点进展。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 30,
    lead: 'science',
    cooperating: ['ndrc'],
    dueInDays: 45,
    labels: [LABEL.innovation],
  },
  {
    key: 'commercialisation',
    title: {
      en: 'Turn research results of institutes and universities into products',
      zh: '推动科研院所和高校科技创新成果转化',
    },
    description: {
      en:
        'Use the combination of industry, education and research to move more results from institutes and ' +
        'universities into local enterprises.',
      zh: '发挥科研院所和高校产学研融合优势，推动更多科技创新成果在本地企业转化落地。',
    },
    kind: 'task',
    status: 'todo',
    progress: 0,
    lead: 'science',
    cooperating: ['industry'],
    dueInDays: -2,
    labels: [LABEL.innovation, LABEL.universities],
  },
  {
    key: 'ecology',
    title: {
      en: 'Rectify the problems found by the central ecological environmental protection inspection',
      zh: '抓好中央生态环境保护督察发现问题整改落实',
    },
    description: {
      en:
        'Study, plan and act early: keep one ledger of all findings with owners and dates, and strengthen ' +
        'ongoing protection of the ecological environment.',
      zh:
        '早研究、早谋划、早行动，建立督察发现问题整改总台账，逐项明确责任单位和完成时限，持续加强生态环境' +
        '保护。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 45,
    lead: 'ecology',
    cooperating: ['natural-resources', 'housing'],
    dueInDays: 10,
    labels: [LABEL.ecology, LABEL.centralInspection],
  },
  {
    key: 'leadership-change',
    title: {
      en: 'Carry out the county and township leadership change in an orderly way',
      zh: '有序做好县乡换届工作',
    },
    description: {
      en:
        'Keep the Party’s leadership throughout, follow the procedures strictly and do careful ideological ' +
        'work with cadres so that the change is clean and smooth.',
      zh: '把党的领导贯穿换届全过程，严肃换届程序，深入细致做好干部思想政治工作，确保换届风清气正、平稳顺利。',
    },
    kind: 'task',
    status: 'done',
    progress: 100,
    lead: 'organization',
    cooperating: [],
    dueInDays: -20,
    labels: [LABEL.partyBuilding, LABEL.personnel],
  },
  {
    key: 'party-history',
    title: {
      en: 'Run party-history study and education using the city’s red resources',
      zh: '用好大连红色资源，扎实开展党史学习教育',
    },
    description: {
      en:
        'Organise study sessions and visits to local red sites so that Party members and cadres carry the ' +
        'red tradition forward.',
      zh: '组织专题学习和红色教育基地参观，教育引导党员干部发扬红色传统、传承红色基因。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 60,
    lead: 'propaganda',
    cooperating: ['organization'],
    dueInDays: 2,
    labels: [LABEL.partyHistory],
  },
  {
    key: 'political-legal',
    title: {
      en: 'Push forward the education and rectification of the political and legal team',
      zh: '推进政法队伍教育整顿',
    },
    description: {
      en: 'Carry out the “four tasks” and the “three links” and report the progress of each stage.',
      zh: '抓实“四项任务”，开展好“三个环节”，分阶段报送进展情况。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 50,
    lead: 'political-legal',
    cooperating: ['organization'],
    dueInDays: 60,
    labels: [LABEL.politicalLegalTeam],
  },
  {
    key: 'grass-roots',
    title: {
      en: 'Strengthen grass-roots party building and reduce burdens on the grass roots',
      zh: '抓好基层党建重点任务，切实为基层减负',
    },
    description: {
      en:
        'Help grass-roots Party organisations solve practical problems and serve residents better; cut ' +
        'formalistic meetings, documents and inspections.',
      zh:
        '帮助基层党组织解决实际问题，提升服务群众能力；精简会议、文件和督查检查，力戒形式主义、官僚主义，' +
        '让基层干部有更多精力抓落实。',
    },
    kind: 'task',
    status: 'in_review',
    progress: 95,
    lead: 'organization',
    cooperating: ['propaganda'],
    dueInDays: 1,
    labels: [LABEL.partyBuilding, LABEL.grassRoots],
  },
  {
    key: 'relocation-planning',
    title: {
      en: 'Plan the relocation and transformation of industrial enterprises in the central city',
      zh: '做好中心城区工业企业搬迁改造规划',
    },
    description: {
      en:
        'Prepare the planning guidance and the land-use arrangements for the enterprises that will move out ' +
        'of the central urban area.',
      zh: '强化规划引领，编制中心城区拟搬迁工业企业的规划指引和用地安排。',
    },
    kind: 'task',
    status: 'in_progress',
    progress: 25,
    lead: 'natural-resources',
    cooperating: ['industry', 'housing'],
    dueInDays: -1,
    labels: [LABEL.relocation, LABEL.planning],
  },
  {
    key: 'relocation-policy',
    title: {
      en: 'Support relocating enterprises with policies by area and type of enterprise',
      zh: '分区域、分类型加强搬迁企业政策支持',
    },
    description: {
      en:
        'Work out supporting measures and publicity so that enterprises can move, settle and grow well after ' +
        'the relocation.',
      zh: '完善相关配套措施，加强宣传引导，确保企业搬得走、落得稳、发展好。',
    },
    kind: 'task',
    status: 'todo',
    progress: 0,
    lead: 'industry',
    cooperating: ['ndrc', 'housing', 'natural-resources'],
    dueInDays: 6,
    labels: [LABEL.relocation, LABEL.policy],
  },
];

/** Until rectification items get their own fields, the problem found is the description. */
const RECTIFICATIONS: DemoTask[] = [
  {
    key: 'sea-reclamation',
    title: {
      en: 'Restore the coastline at an illegally reclaimed sea area',
      zh: '整改违法填海问题，修复受损自然岸线',
    },
    description: {
      en:
        '**Problem found:** part of a bay was filled in without approval and the reclaimed land was left ' +
        'unused, damaging the natural coastline.',
      zh: '**发现问题**：某海湾部分海域未经批准填海，形成的土地长期闲置，自然岸线遭到破坏。',
    },
    kind: 'rectification',
    status: 'in_progress',
    progress: 35,
    lead: 'natural-resources',
    cooperating: ['ecology'],
    dueInDays: -10,
    labels: [LABEL.centralInspection, LABEL.coastline],
  },
  {
    key: 'sewage-outfalls',
    title: {
      en: 'Close unpermitted sewage outfalls discharging into nearshore waters',
      zh: '清理整治近岸海域未经许可的入海排污口',
    },
    description: {
      en:
        '**Problem found:** several outfalls without permits discharged untreated wastewater into nearshore ' +
        'waters, and the city’s outfall register was incomplete.',
      zh: '**发现问题**：多个未经许可的排污口向近岸海域直排未经处理的废水，全市入海排污口台账不完整。',
    },
    kind: 'rectification',
    status: 'in_review',
    progress: 95,
    lead: 'ecology',
    cooperating: ['housing'],
    dueInDays: 4,
    labels: [LABEL.centralInspection, LABEL.water],
  },
  {
    key: 'port-dust',
    title: {
      en: 'Control dust from open bulk-cargo storage at the port',
      zh: '整治港区散货露天堆存扬尘污染',
    },
    description: {
      en:
        '**Problem found:** coal and ore were stored in the open at port yards without enough covering or ' +
        'spraying, and dust affected nearby residential areas.',
      zh: '**发现问题**：港区堆场露天堆存煤炭、矿石，苫盖和喷淋措施不到位，扬尘影响周边居民区。',
    },
    kind: 'rectification',
    status: 'todo',
    progress: 0,
    lead: 'ecology',
    cooperating: ['industry'],
    dueInDays: 14,
    labels: [LABEL.centralInspection, LABEL.air],
  },
  {
    key: 'solid-waste',
    title: {
      en: 'Remediate an industrial solid waste site without seepage protection',
      zh: '整治未落实防渗措施的工业固体废物堆场',
    },
    description: {
      en:
        '**Problem found:** an industrial solid waste site had no anti-seepage lining and no leachate ' +
        'collection, putting groundwater at risk.',
      zh: '**发现问题**：某工业固体废物堆场未铺设防渗层，未建设渗滤液收集设施，存在污染地下水风险。',
    },
    kind: 'rectification',
    status: 'done',
    progress: 100,
    lead: 'ecology',
    cooperating: ['industry', 'natural-resources'],
    dueInDays: -3,
    labels: [LABEL.centralInspection, LABEL.solidWaste],
  },
];

export const DEMO_TASKS: readonly DemoTask[] = [...DECISIONS, ...RECTIFICATIONS];

/** What the supervision record of each demo rectification item and finished task says, in both languages. */
export const DEMO_LIFECYCLE_TEXTS = {
  source: { en: 'Central ecological environmental protection inspection', zh: '中央生态环境保护督察' },
  measures: {
    en: 'Close the sources, restore the site, monitor monthly.',
    zh: '截断污染源头，开展现场修复，按月跟踪监测。',
  },
  result: { en: 'Completed as planned; see the attached evidence.', zh: '已按计划完成，详见所附佐证材料。' },
  evidence: { en: 'Site inspection photos and monitoring report.', zh: '现场核查照片和监测报告。' },
  verificationNote: {
    en: 'Verified on site by the supervision office.',
    zh: '经市委督查室现场核查，同意销号。',
  },
} as const satisfies Record<string, Wording>;
