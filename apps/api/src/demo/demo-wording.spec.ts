import {
  commentBodySchema,
  createBoardSchema,
  createDepartmentSchema,
  createReportSchema,
  createTaskSchema,
  createUserSchema,
} from '@duban/contracts';
import { DEMO_LANGUAGES } from '../config/app-config';
import { DEMO_COMMENTS } from './demo-comments';
import { DEMO_BOARD, DEMO_DEPARTMENTS, DEMO_LOGINS, demoLoginsIn, loadedDemoLanguage } from './demo-data';
import { DEMO_REPORTS } from './demo-reports';
import { DEMO_LIFECYCLE_TEXTS, DEMO_TASKS } from './demo-tasks';
import { DEMO_LABELS, type Wording } from './demo-wording';

/** Every text of the demo: whatever in its data has exactly the languages as its keys. */
function wordingsIn(value: unknown): Wording[] {
  if (Array.isArray(value)) return value.flatMap(wordingsIn);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value).sort();
  if (keys.join() === [...DEMO_LANGUAGES].sort().join()) return [value as Wording];
  return Object.values(value).flatMap(wordingsIn);
}

const ALL_DATA = [
  DEMO_DEPARTMENTS,
  DEMO_LOGINS,
  DEMO_BOARD,
  DEMO_TASKS,
  DEMO_LIFECYCLE_TEXTS,
  DEMO_LABELS,
  DEMO_COMMENTS,
  DEMO_REPORTS,
];
const HAN = /\p{Script=Han}/u;
/** An English word: four ASCII letters in a row (usernames and codes do not appear in the texts). */
const ENGLISH_WORD = /[A-Za-z]{4,}/;

describe('The demo in its two languages', () => {
  const wordings = wordingsIn(ALL_DATA);

  it('words every text in both languages', () => {
    // Departments, people, board, tasks with their labels, lifecycle texts, comments and reports.
    expect(wordings.length).toBeGreaterThan(100);
    for (const wording of wordings) {
      expect(wording.en.trim()).not.toBe('');
      expect(wording.zh.trim()).not.toBe('');
    }
  });

  it('writes the Chinese wording in Chinese, with no English word in it', () => {
    for (const { zh } of wordings) {
      expect(zh).toMatch(HAN);
      expect({ zh, english: ENGLISH_WORD.exec(zh)?.[0] }).toEqual({ zh, english: undefined });
    }
  });

  it('writes the English wording without Chinese', () => {
    for (const { en } of wordings) expect({ en, han: HAN.exec(en)?.[0] }).toEqual({ en, han: undefined });
  });

  it('names the meeting and the departments as the city does', () => {
    expect(DEMO_BOARD.title.zh).toBe('大连市委常委会扩大会议');
    expect(DEMO_BOARD.source.zh).toContain('2021年4月21日');
    expect(DEMO_DEPARTMENTS.map((department) => department.name.zh)).toEqual(
      expect.arrayContaining(['市发展改革委', '市生态环境局', '市住房城乡建设局']),
    );
  });

  it('keeps every department and person distinct in each language', () => {
    for (const language of DEMO_LANGUAGES) {
      const departments = DEMO_DEPARTMENTS.map((department) => department.name[language]);
      const people = demoLoginsIn(language).map((login) => login.displayName);
      expect(new Set(departments).size).toBe(departments.length);
      expect(new Set(people).size).toBe(people.length);
    }
    // An avatar shows the first two characters of a Chinese name: each person's are their own.
    const avatars = demoLoginsIn('zh').map((login) => login.displayName.slice(0, 2));
    expect(new Set(avatars).size).toBe(avatars.length);
  });

  it('tells from the supervisor’s name which language a loaded demo is in', () => {
    expect(loadedDemoLanguage('王丽（市委督查室）')).toBe('zh');
    expect(loadedDemoLanguage('Supervision Office (Wang Li)')).toBe('en');
    expect(loadedDemoLanguage('Administrator')).toBeNull();
  });

  it.each(DEMO_LANGUAGES)('fits what the API accepts, in %s', (language) => {
    createBoardSchema.parse({
      title: DEMO_BOARD.title[language],
      description: DEMO_BOARD.description[language],
      source: DEMO_BOARD.source[language],
    });
    for (const department of DEMO_DEPARTMENTS)
      createDepartmentSchema.parse({ name: department.name[language] });
    for (const login of demoLoginsIn(language)) createUserSchema.shape.displayName.parse(login.displayName);
    for (const task of DEMO_TASKS) {
      createTaskSchema.parse({
        title: task.title[language],
        description: task.description[language],
        labels: task.labels.map((label) => label[language]),
      });
    }
    for (const comment of DEMO_COMMENTS) commentBodySchema.parse(comment.body[language]);
    for (const report of DEMO_REPORTS) {
      createReportSchema.parse({ text: report.text[language], progress: report.progress });
    }
  });
});
