import type {
  BoardEvent,
  BoardReporting,
  BoardSnapshot,
  BoardView,
  CommentView,
  DepartmentView,
  ReportView,
  SetupInfo,
  TaskView,
  UserView,
} from '@duban/contracts';
import request from 'supertest';
import type { DemoLanguage } from '../config/app-config';
import { ApiClient } from '../testing/api-client';
import { useTestApp, type TestSuiteWithoutAdmin } from '../testing/use-test-app';
import { DEMO_PASSWORD } from './demo-data';

/** An English word in a text meant to be Chinese: four ASCII letters in a row. */
const ENGLISH_WORD = /[A-Za-z]{4,}/g;

/** Everything a demo shows of its board, read as the supervision office through the public API. */
interface DemoContents {
  board: BoardSnapshot;
  departments: DepartmentView[];
  users: UserView[];
  comments: CommentView[];
  reports: ReportView[];
  reporting: BoardReporting;
  events: BoardEvent[];
  setup: SetupInfo;
}

async function readDemo(suite: TestSuiteWithoutAdmin): Promise<DemoContents> {
  const supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
  const [summary, ...others] = (await supervisor.get('/api/boards').expect(200)).body as BoardView[];
  expect(others).toEqual([]);
  const boardId = summary!.id;
  const board = (await supervisor.get(`/api/boards/${boardId}`).expect(200)).body as BoardSnapshot;
  const perTask = async <T>(path: string) =>
    (
      await Promise.all(
        board.tasks.map(
          async (task) => (await supervisor.get(`/api/tasks/${task.id}/${path}`).expect(200)).body as T[],
        ),
      )
    ).flat();
  return {
    board,
    departments: (await supervisor.get('/api/departments').expect(200)).body as DepartmentView[],
    users: (await supervisor.get('/api/users').expect(200)).body as UserView[],
    comments: await perTask<CommentView>('comments'),
    reports: await perTask<ReportView>('reports'),
    reporting: (await supervisor.get(`/api/boards/${boardId}/reporting`).expect(200)).body as BoardReporting,
    events: (
      (await supervisor.get(`/api/boards/${boardId}/events?limit=1000`).expect(200)).body as {
        events: BoardEvent[];
      }
    ).events,
    setup: (await request(suite.testApp.url).get('/api/setup').expect(200)).body as SetupInfo,
  };
}

/** The texts of the demo's tasks, comments and reports a reader sees, each with where it comes from. */
function textsOf(demo: DemoContents): { where: string; text: string }[] {
  const taskTexts = (task: TaskView) =>
    Object.entries({
      title: task.title,
      description: task.description,
      problem: task.problem,
      source: task.source,
      measures: task.measures,
      result: task.result,
      evidence: task.evidence,
      verificationNote: task.verificationNote,
      labels: task.labels.join(' '),
    }).map(([field, text]) => ({ where: `task "${task.title}" ${field}`, text }));
  return [
    ...demo.board.tasks.flatMap(taskTexts),
    ...demo.comments.map((comment) => ({ where: `comment ${comment.id}`, text: comment.body })),
    ...demo.reports.map((report) => ({ where: `report ${report.id}`, text: report.text })),
  ];
}

/**
 * What does not depend on the language: each task's kind, state, deadline, progress, departments (by their
 * members' usernames, which are the same in both languages), signatures, comments and reports.
 */
function shapeOf(demo: DemoContents): string[] {
  const usernameOf = new Map(demo.users.map((user) => [user.id, user.username]));
  const departmentKey = new Map(
    demo.users.filter((user) => user.role === 'member').map((user) => [user.departmentId, user.username]),
  );
  const tasks = demo.board.tasks.map((task) =>
    JSON.stringify({
      kind: task.kind,
      status: task.status,
      deadline: task.deadline,
      progress: task.progress,
      light: task.light,
      lead: departmentKey.get(task.leadDepartmentId),
      cooperating: task.cooperatingDepartmentIds.map((id) => departmentKey.get(id)),
      leader: usernameOf.get(task.responsibleLeaderId ?? ''),
      signedBy: usernameOf.get(task.acknowledgedById ?? ''),
      verifiedBy: usernameOf.get(task.verifiedById ?? ''),
      labels: task.labels.length,
      comments: demo.comments
        .filter((comment) => comment.taskId === task.id)
        .map((c) => usernameOf.get(c.authorId)),
      reports: demo.reports
        .filter((report) => report.taskId === task.id)
        .map((report) => [usernameOf.get(report.authorId), report.progress]),
      owing: demo.reporting.missing.some((entry) => entry.taskIds.includes(task.id)),
    }),
  );
  return [
    ...tasks.sort(),
    `events: ${demo.events.map((event) => event.type).join(', ')}`,
    `users: ${demo.users
      .map((user) => `${user.username}/${user.role}/${departmentKey.get(user.departmentId) ?? '-'}`)
      .sort()
      .join(', ')}`,
  ];
}

describe('The demo workspace in Chinese (DEMO_LANG=zh)', () => {
  const suites: Record<DemoLanguage, TestSuiteWithoutAdmin> = {
    zh: useTestApp({ demo: true, admin: null, demoLanguage: 'zh' }),
    en: useTestApp({ demo: true, admin: null, demoLanguage: 'en' }),
  };
  const demos = {} as Record<DemoLanguage, DemoContents>;
  beforeAll(async () => {
    demos.zh = await readDemo(suites.zh);
    demos.en = await readDemo(suites.en);
  });

  it('is the enlarged meeting of the Dalian municipal Party standing committee', () => {
    expect(demos.zh.board.board.title).toBe('大连市委常委会扩大会议');
    expect(demos.zh.board.board.description).toContain('2021年4月21日');
    expect(demos.zh.board.board.source).toMatch(/^2021年4月21日，市委常委会召开扩大会议。/);
  });

  it('names the departments as the city does and the people by Chinese names', () => {
    const departments = demos.zh.departments.map((department) => department.name);
    expect(departments).toEqual(expect.arrayContaining(['市发展改革委', '市生态环境局', '市住房城乡建设局']));
    for (const text of [...departments, ...demos.zh.users.map((user) => user.displayName)]) {
      expect(text).toMatch(/^[\p{Script=Han}（）]+$/u);
    }
    expect(demos.zh.users.find((user) => user.username === 'ecology')?.displayName).toBe(
      '李娜（市生态环境局）',
    );
  });

  it('offers the same demo logins on the sign-in page, named in Chinese', () => {
    const logins = (setup: SetupInfo) => setup.demoLogins.map(({ username, role }) => ({ username, role }));
    expect(logins(demos.zh.setup)).toEqual(logins(demos.en.setup));
    expect(demos.zh.setup.demoLogins).toContainEqual({
      username: 'supervisor',
      displayName: '王丽（市委督查室）',
      role: 'supervisor',
    });
  });

  it('writes its tasks, comments and reports in Chinese, without an English sentence', () => {
    const texts = textsOf(demos.zh);
    expect(texts.length).toBeGreaterThan(100);
    const english = texts.flatMap(({ where, text }) =>
      (text.match(ENGLISH_WORD) ?? []).map((word) => `${where}: ${word}`),
    );
    expect(english).toEqual([]);
    expect(demos.zh.comments.length).toBeGreaterThanOrEqual(5);
    expect(demos.zh.reports.length).toBeGreaterThanOrEqual(3);
    // The glossary's words: the inspection, the reminder and the leader's instruction.
    expect(
      demos.zh.board.tasks.filter((task) => task.kind === 'rectification').map((task) => task.source),
    ).toContain('中央生态环境保护督察');
    expect(demos.zh.comments.map((comment) => comment.body).join('\n')).toMatch(/\*\*催办\*\*/);
    // Leader instructions (领导批示): one answered by its lead department, one awaiting response.
    const instructions = demos.zh.comments.filter((comment) => comment.kind === 'instruction');
    expect(instructions.map((instruction) => instruction.response === null).sort()).toEqual([false, true]);
  });

  it('is the same demo as the English one: tasks, states, deadlines, people, comments, reports and history', () => {
    expect(demos.zh.board.tasks).toHaveLength(demos.en.board.tasks.length);
    expect(demos.zh.comments).toHaveLength(demos.en.comments.length);
    expect(demos.zh.reports).toHaveLength(demos.en.reports.length);
    expect(demos.zh.departments).toHaveLength(demos.en.departments.length);
    expect(demos.zh.board.seq).toBe(demos.en.board.seq);
    expect(shapeOf(demos.zh)).toEqual(shapeOf(demos.en));
  });

  it("stores each department's keywords in both languages, the same in either demo (for importing minutes)", () => {
    const keywordLists = (demo: DemoContents) =>
      demo.departments.map((department) => department.keywords.join('|')).sort();
    expect(keywordLists(demos.zh)).toEqual(keywordLists(demos.en));
    for (const department of demos.zh.departments) {
      expect(department.keywords.some((keyword) => /\p{Script=Han}/u.test(keyword))).toBe(true);
      expect(department.keywords.some((keyword) => /^[a-z]/i.test(keyword))).toBe(true);
    }
    expect(demos.zh.departments.find((department) => department.name === '市生态环境局')?.keywords).toEqual(
      expect.arrayContaining(['ecology', 'emission', '生态', '污染']),
    );
  });

  it('keeps the English demo in English', () => {
    expect(demos.en.board.board.title).toBe(
      'Standing Committee meeting of 21 April 2021: implementation tasks',
    );
    expect(demos.en.departments.map((department) => department.name)).toContain(
      'Ecology and Environment Bureau',
    );
    const chinese = textsOf(demos.en).filter(({ text }) => /\p{Script=Han}/u.test(text));
    expect(chinese).toEqual([]);
  });
});
