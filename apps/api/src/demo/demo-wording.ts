import type { DemoLanguage } from '../config/app-config';

/**
 * One text of the demo in each language it can be loaded in (DEMO_LANG). The demo has one structure
 * (departments, people, tasks and their states, deadlines, comments, reports) and only its words differ,
 * so both languages show the same meeting.
 */
export type Wording = Readonly<Record<DemoLanguage, string>>;

/** A label used by several demo tasks, worded once. */
export const DEMO_LABELS = {
  openingUp: { en: 'opening-up', zh: '对外开放' },
  policy: { en: 'policy', zh: '政策支持' },
  industry: { en: 'industry', zh: '产业升级' },
  lowCarbon: { en: 'low-carbon', zh: '绿色低碳' },
  brands: { en: 'brands', zh: '品牌建设' },
  realEconomy: { en: 'real economy', zh: '实体经济' },
  innovation: { en: 'innovation', zh: '创新驱动' },
  universities: { en: 'universities', zh: '高校院所' },
  ecology: { en: 'ecology', zh: '生态环境' },
  centralInspection: { en: 'central inspection', zh: '中央环保督察' },
  partyBuilding: { en: 'party building', zh: '党的建设' },
  personnel: { en: 'personnel', zh: '干部人事' },
  partyHistory: { en: 'party history', zh: '党史学习教育' },
  politicalLegalTeam: { en: 'political-legal team', zh: '政法队伍' },
  grassRoots: { en: 'grass roots', zh: '基层减负' },
  relocation: { en: 'relocation', zh: '搬迁改造' },
  planning: { en: 'planning', zh: '规划引领' },
  coastline: { en: 'coastline', zh: '海岸线' },
  water: { en: 'water', zh: '水环境' },
  air: { en: 'air', zh: '大气环境' },
  solidWaste: { en: 'solid waste', zh: '固体废物' },
} as const satisfies Record<string, Wording>;
