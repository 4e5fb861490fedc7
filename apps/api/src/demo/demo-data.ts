import type { UserRole } from '@duban/contracts';
import { DEMO_LANGUAGES, type DemoLanguage } from '../config/app-config';
import type { Wording } from './demo-wording';

/** Every demo user signs in with this password; the login page and README show it. */
export const DEMO_PASSWORD = 'duban-demo';

/**
 * Each department has one member account, named by the department's short key. In Chinese the departments
 * are called as the city calls them (市发展改革委, 市生态环境局, …), and a person's name comes first, as
 * Chinese readers look for it (and so avatars show the person's two characters, not the "市委" that four
 * departments share).
 */
export const DEMO_DEPARTMENTS = [
  {
    key: 'ndrc',
    name: { en: 'Development and Reform Commission', zh: '市发展改革委' },
    member: { en: 'Development and Reform Commission (Liu Yang)', zh: '刘洋（市发展改革委）' },
  },
  {
    key: 'commerce',
    name: { en: 'Commerce Bureau', zh: '市商务局' },
    member: { en: 'Commerce Bureau (Chen Jing)', zh: '陈静（市商务局）' },
  },
  {
    key: 'industry',
    name: { en: 'Industry and Information Technology Bureau', zh: '市工业和信息化局' },
    member: { en: 'Industry and IT Bureau (Sun Wei)', zh: '孙伟（市工业和信息化局）' },
  },
  {
    key: 'science',
    name: { en: 'Science and Technology Bureau', zh: '市科技局' },
    member: { en: 'Science and Technology Bureau (Zhou Min)', zh: '周敏（市科技局）' },
  },
  {
    key: 'ecology',
    name: { en: 'Ecology and Environment Bureau', zh: '市生态环境局' },
    member: { en: 'Ecology and Environment Bureau (Li Na)', zh: '李娜（市生态环境局）' },
  },
  {
    key: 'organization',
    name: { en: 'Organization Department', zh: '市委组织部' },
    member: { en: 'Organization Department (Wu Gang)', zh: '吴刚（市委组织部）' },
  },
  {
    key: 'propaganda',
    name: { en: 'Propaganda Department', zh: '市委宣传部' },
    member: { en: 'Propaganda Department (Zheng Hui)', zh: '郑辉（市委宣传部）' },
  },
  {
    key: 'political-legal',
    name: { en: 'Political and Legal Affairs Commission', zh: '市委政法委' },
    member: { en: 'Political and Legal Affairs Commission (Feng Lei)', zh: '冯磊（市委政法委）' },
  },
  {
    key: 'natural-resources',
    name: { en: 'Natural Resources Bureau', zh: '市自然资源局' },
    member: { en: 'Natural Resources Bureau (He Qiang)', zh: '何强（市自然资源局）' },
  },
  {
    key: 'housing',
    name: { en: 'Housing and Urban-Rural Development Bureau', zh: '市住房城乡建设局' },
    member: { en: 'Housing and Urban-Rural Development Bureau (Ma Lin)', zh: '马林（市住房城乡建设局）' },
  },
] as const satisfies readonly { key: string; name: Wording; member: Wording }[];

export type DemoDepartmentKey = (typeof DEMO_DEPARTMENTS)[number]['key'];

export interface DemoLogin {
  username: string;
  displayName: Wording;
  role: UserRole;
  /** Key of the member's department in DEMO_DEPARTMENTS; null for roles that see every department. */
  department: DemoDepartmentKey | null;
}

const STAFF_LOGINS: readonly DemoLogin[] = [
  {
    username: 'admin',
    displayName: { en: 'Administrator', zh: '系统管理员' },
    role: 'admin',
    department: null,
  },
  {
    username: 'supervisor',
    displayName: { en: 'Supervision Office (Wang Li)', zh: '王丽（市委督查室）' },
    role: 'supervisor',
    department: null,
  },
  {
    username: 'leader',
    displayName: { en: 'Vice Mayor Zhao', zh: '赵副市长' },
    role: 'leader',
    department: null,
  },
];

/** The demo accounts, staff first, then one member per department; the same usernames in every language. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  ...STAFF_LOGINS,
  ...DEMO_DEPARTMENTS.map((department): DemoLogin => ({
    username: department.key,
    displayName: department.member,
    role: 'member',
    department: department.key,
  })),
];

/** The demo accounts as the sign-in page lists them, named in the demo's language. */
export function demoLoginsIn(
  language: DemoLanguage,
): { username: string; displayName: string; role: UserRole; department: DemoDepartmentKey | null }[] {
  return DEMO_LOGINS.map((login) => ({ ...login, displayName: login.displayName[language] }));
}

export type DemoUsername = 'admin' | 'supervisor' | 'leader' | DemoDepartmentKey;

/**
 * The language a demo already in the database was loaded in, told by the supervisor's name; null when the
 * supervisor is not the demo's (renamed, or not a demo database).
 */
export function loadedDemoLanguage(supervisorDisplayName: string): DemoLanguage | null {
  const supervisor = STAFF_LOGINS.find((login) => login.username === 'supervisor');
  return (
    DEMO_LANGUAGES.find((language) => supervisor?.displayName[language] === supervisorDisplayName) ?? null
  );
}

export const DEMO_BOARD = {
  title: {
    en: 'Standing Committee meeting of 21 April 2021: implementation tasks',
    zh: '大连市委常委会扩大会议',
  },
  description: {
    en:
      'Decisions of the enlarged meeting of the municipal Party standing committee on 21 April 2021, ' +
      'assigned to lead departments and followed until verified and closed.',
    zh: '2021年4月21日市委常委会扩大会议议定事项，逐项交办牵头单位，跟踪督办直至审核销号。',
  },
  // A paraphrase of the meeting, not the published report.
  source: {
    en: [
      'Enlarged meeting of the municipal Party standing committee, 21 April 2021.',
      'The committee went over the instructions the provincial Party secretary gave during his recent visit ' +
        'to the city and asked every department to turn them into a list of tasks with clear owners: ' +
        'opening up further, upgrading industrial chains and local brands, building research platforms and ' +
        'putting research to use, fixing the problems found by the central ecological inspection, running ' +
        'the county and township leadership change properly, party-history education, and the rectification ' +
        'of the political and legal team.',
      'It also took up the national and provincial priorities for grass-roots party building, including ' +
        'cutting needless burdens on grass-roots cadres, and approved the guidance and plan for relocating ' +
        'and transforming industrial enterprises in the central city.',
    ].join('\n\n'),
    zh: [
      '2021年4月21日，市委常委会召开扩大会议。',
      '会议传达学习了省委书记在我市调研时的讲话精神，要求各地区各部门主动认领、逐项梳理、列出清单、' +
        '压实责任，拿出有穿透力的工作举措：进一步扩大对外开放，加快产业链再造和价值链提升，做好“老字号”' +
        '“原字号”“新字号”文章，加快重大科研平台建设、推动科技创新成果转化，抓好中央生态环境保护督察发现' +
        '问题整改落实，有序做好县乡换届工作，扎实开展党史学习教育，推进政法队伍教育整顿。',
      '会议还研究了贯彻落实全国和全省基层党建重点任务推进会议精神的举措，要求切实为基层减负；审议了' +
        '推进中心城区工业企业搬迁改造高质量发展的指导意见和实施方案。',
    ].join('\n\n'),
  },
} as const satisfies Record<'title' | 'description' | 'source', Wording>;
