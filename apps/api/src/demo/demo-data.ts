import type { UserRole } from '@duban/contracts';

/** Every demo user signs in with this password; the login page and README show it. */
export const DEMO_PASSWORD = 'duban-demo';

/** Each department has one member account, named by the department's short key. */
export const DEMO_DEPARTMENTS = [
  {
    key: 'ndrc',
    name: 'Development and Reform Commission',
    member: 'Development and Reform Commission (Liu Yang)',
  },
  { key: 'commerce', name: 'Commerce Bureau', member: 'Commerce Bureau (Chen Jing)' },
  {
    key: 'industry',
    name: 'Industry and Information Technology Bureau',
    member: 'Industry and IT Bureau (Sun Wei)',
  },
  {
    key: 'science',
    name: 'Science and Technology Bureau',
    member: 'Science and Technology Bureau (Zhou Min)',
  },
  {
    key: 'ecology',
    name: 'Ecology and Environment Bureau',
    member: 'Ecology and Environment Bureau (Li Na)',
  },
  { key: 'organization', name: 'Organization Department', member: 'Organization Department (Wu Gang)' },
  { key: 'propaganda', name: 'Propaganda Department', member: 'Propaganda Department (Zheng Hui)' },
  {
    key: 'political-legal',
    name: 'Political and Legal Affairs Commission',
    member: 'Political and Legal Affairs Commission (Feng Lei)',
  },
  {
    key: 'natural-resources',
    name: 'Natural Resources Bureau',
    member: 'Natural Resources Bureau (He Qiang)',
  },
  {
    key: 'housing',
    name: 'Housing and Urban-Rural Development Bureau',
    member: 'Housing and Urban-Rural Development Bureau (Ma Lin)',
  },
] as const;

export type DemoDepartmentKey = (typeof DEMO_DEPARTMENTS)[number]['key'];

export interface DemoLogin {
  username: string;
  displayName: string;
  role: UserRole;
  /** Key of the member's department in DEMO_DEPARTMENTS; null for roles that see every department. */
  department: DemoDepartmentKey | null;
}

const STAFF_LOGINS: readonly DemoLogin[] = [
  { username: 'admin', displayName: 'Administrator', role: 'admin', department: null },
  {
    username: 'supervisor',
    displayName: 'Supervision Office (Wang Li)',
    role: 'supervisor',
    department: null,
  },
  { username: 'leader', displayName: 'Vice Mayor Zhao', role: 'leader', department: null },
];

/** The demo accounts, staff first, then one member per department. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  ...STAFF_LOGINS,
  ...DEMO_DEPARTMENTS.map((department): DemoLogin => ({
    username: department.key,
    displayName: department.member,
    role: 'member',
    department: department.key,
  })),
];

export type DemoUsername = 'admin' | 'supervisor' | 'leader' | DemoDepartmentKey;

export const DEMO_BOARD = {
  title: 'Standing Committee meeting of 21 April 2021: implementation tasks',
  description:
    'Decisions of the enlarged meeting of the municipal Party standing committee on 21 April 2021, ' +
    'assigned to lead departments and followed until verified and closed.',
  // A paraphrase of the meeting, not the published report.
  source: [
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
};
