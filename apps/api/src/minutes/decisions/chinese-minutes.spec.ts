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
 * A standing committee's minutes in Chinese (fixtures/standing-committee-2021-06-08.zh.txt), read by hand.
 * Decisions: what 会议要求/强调 the departments to do (要…、必须…、各地区各部门要…), one per clause that
 * starts with its own 要 or 必须, and one per item of 一是……二是……三是…… (without the words that introduce
 * the items). Not decisions: the headline, date and attendance, what was conveyed and heard (会议传达学习了、
 * 会议听取了、会议审议了), judgements (会议指出/认为……是……), and 会议还研究了其他事项.
 */
const DECISIONS: readonly HandMarkedDecision[] = [
  {
    starts: '会议要求，全市各级党组织要把学习贯彻全会精神',
    ends: '落地生根、开花结果。',
    leads: ['propaganda', 'organization'],
  },
  {
    starts: '会议强调，要加快产业链再造和价值链提升',
    ends: '推动工业经济和制造业稳定增长',
    leads: ['industry'],
  },
  { starts: '要坚定实施创新驱动发展战略', ends: '力争年底前新增高新技术企业200家。', leads: ['science'] },
  { starts: '要扩大高水平对外开放', ends: '精准开展招商引资。', leads: ['commerce'] },
  {
    starts: '加快推进中央生态环境保护督察反馈问题整改',
    ends: '10月底前完成第一批问题整改任务',
    leads: ['ecology'],
  },
  { starts: '深入打好污染防治攻坚战', ends: '推动重点行业减污降碳', leads: ['ecology'] },
  {
    starts: '加强近岸海域和河湖生态保护修复',
    ends: '严厉打击破坏生态环境违法行为。',
    leads: ['ecology', 'natural-resources'],
  },
  {
    starts: '会议要求，各地各部门要深化“放管服”改革',
    ends: '切实解决企业和群众办事的堵点难点问题',
    leads: ['ndrc'],
  },
  {
    starts: '必须严格落实各项惠企政策',
    ends: '确保减税降费等政策红利直达企业。',
    leads: ['industry', 'ndrc'],
  },
  {
    starts: '会议要求，市发展改革委要牵头建立重大项目调度机制',
    ends: '对进度滞后的项目挂牌督办。',
    leads: ['ndrc'],
  },
  {
    starts: '会议强调，要统筹推进国土空间规划编制',
    ends: '为重大项目落地提供要素保障。',
    leads: ['natural-resources'],
  },
  { starts: '各地区各部门要严格落实安全生产责任制', ends: '坚决遏制重特大事故发生。', leads: ['housing'] },
  { starts: '会议强调，要加快推进城市更新和老旧小区改造', ends: '切实改善群众居住条件', leads: ['housing'] },
  {
    starts: '要坚持房子是用来住的、不是用来炒的定位',
    ends: '促进房地产市场平稳健康发展。',
    leads: ['housing'],
  },
  {
    starts: '各级党组织要坚持大抓基层的鲜明导向',
    ends: '推动基层党组织全面进步、全面过硬',
    leads: ['organization'],
  },
  { starts: '切实为基层减负', ends: '让基层干部有更多精力抓落实', leads: ['organization'] },
  { starts: '统筹做好县乡换届工作', ends: '确保换届风清气正。', leads: ['organization'] },
  { starts: '会议强调，要深入推进政法队伍教育整顿', ends: '能放心的政法铁军。', leads: ['political-legal'] },
  { starts: '会议强调，要扎实开展党史学习教育', ends: '以优异成绩庆祝建党100周年。', leads: ['propaganda'] },
];

const text = sampleMinutes('chinese');

describe('a standing committee meeting in Chinese (2021年6月8日)', () => {
  const preview = previewMinutes(text, {
    year: minutesYear(text) ?? 2026,
    departments: DEMO_DEPARTMENT_RULES,
  });

  it('is long enough to be real minutes and dated 2021', () => {
    expect(text.length).toBeGreaterThanOrEqual(1500);
    expect(minutesYear(text)).toBe(2021);
  });

  it('gives one draft per hand-marked decision, one per item of 一是……二是……三是……, none for background', () => {
    expect(preview.reason).toBeUndefined();
    expect(readBack(text, preview.drafts, DECISIONS)).toEqual(expectedReadBack(DECISIONS));
    expect(spansInOrderWithoutOverlap(preview.drafts)).toBe(true);
    const everyDecision = preview.drafts.map((draft) => draft.description).join('\n');
    for (const notADecision of [
      '市委常委出席会议',
      '会议传达学习了',
      '会议听取了',
      '会议认为',
      '开工率偏低',
      '会议指出',
      '重点抓好三方面工作',
      '一是',
      '安全生产是发展的底线和红线',
      '会议还研究了其他事项',
    ]) {
      expect(everyDecision).not.toContain(notADecision);
    }
  });

  it("titles each draft with the decision's verb phrase: no 会议强调, 要 or 必须, cut at the first clause", () => {
    const titles = preview.drafts.map((draft) => draft.title);
    expect(titles.slice(0, 9)).toEqual([
      '把学习贯彻全会精神作为当前的重要政治任务',
      '加快产业链再造和价值链提升',
      '坚定实施创新驱动发展战略',
      '扩大高水平对外开放',
      '加快推进中央生态环境保护督察反馈问题整改',
      '深入打好污染防治攻坚战',
      '加强近岸海域和河湖生态保护修复',
      '深化“放管服”改革',
      '严格落实各项惠企政策',
    ]);
    expect(new Set(titles).size).toBe(titles.length);
    for (const [index, title] of titles.entries()) {
      expect(title).not.toMatch(/^(?:会议|要|必须|一是)|[，。；]$/);
      expect(title.length).toBeLessThanOrEqual(30);
      expect(preview.drafts[index]?.description).toContain(title);
    }
  });

  it('reads the deadlines the decisions name, in the year of the minutes', () => {
    const deadlines = Object.fromEntries(
      preview.drafts.filter((draft) => draft.deadline).map((draft) => [draft.title, draft.deadline]),
    );
    expect(deadlines).toEqual({
      坚定实施创新驱动发展战略: '2021-12-31', // 年底前
      加快推进中央生态环境保护督察反馈问题整改: '2021-10-31', // 10月底前
      严格落实安全生产责任制: '2021-06-30', // 6月30日前
      加快推进城市更新和老旧小区改造: '2021-09-30', // 三季度末前
    });
  });

  it('suggests a plausible lead for every decision from the demo keywords', () => {
    const leads = preview.drafts.map((draft) => draft.leadDepartmentId ?? null);
    expect(leads).toEqual(plausibleLeads(DECISIONS, leads));
    expect(preview.drafts[4]).toMatchObject({
      leadDepartmentId: 'ecology',
      matched: expect.arrayContaining(['督察']),
    });
    expect(preview.drafts[1]?.matched.slice(0, 2)).toEqual(['产业链', '价值链']);
  });
});
