import type { ApiErrorBody, MinutesPreview } from '@duban/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestApp, type TestSuite } from '../testing/use-test-app';

/** The seed meeting (../shared/seed/), as the splitter's fixtures keep it. */
const SEED_MINUTES = join(__dirname, 'decisions/fixtures/meeting-2021-04-21.txt');
const CHINESE_MINUTES = join(__dirname, 'decisions/fixtures/standing-committee-2021-06-08.zh.txt');
const MINUTES_TEXT = 'Minutes of the executive meeting\nIt is necessary to dredge the northern reservoir.';

/** `unit` repeated to exactly `length` UTF-16 code units (never ending in half a surrogate pair). */
function fillTo(length: number, unit: string): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return /[\ud800-\udbff]$/.test(text) ? `${text.slice(0, -1)}.` : text;
}

/** The minutes and tasks a board holds, counted in the database itself. */
async function countsOf(suite: TestSuite, boardId: string): Promise<{ minutes: number; tasks: number }> {
  const [row] = await suite.testApp.dataSource.query<{ minutes: number; tasks: number }[]>(
    `SELECT (SELECT count(*)::int FROM minutes WHERE "boardId" = $1) AS minutes,
            (SELECT count(*)::int FROM tasks WHERE "boardId" = $1) AS tasks`,
    [boardId],
  );
  return row!;
}

describe('POST /api/minutes/preview: pasted minutes as drafts, one per decision, nothing kept', () => {
  const suite = useTestApp();
  /** The seed meeting's decisions by their first words, and the department each should be led by. */
  const SEED_LEADS: [string, string | undefined][] = [
    ['The meeting emphasized that all localities', undefined],
    ['It is necessary to further expand opening', 'Commerce Bureau'],
    ['It is necessary to accelerate the industrial chain', 'Industry Bureau'],
    ['It is necessary to implement the innovation-driven', 'Science and Technology Bureau'],
    ['Efforts should be made to solve outstanding problems', 'Ecology and Environment Bureau'],
    ['It is necessary to do a good job in the change of counties', 'Organization Department'],
    ['It is necessary to carry out the study and education of party history', 'Propaganda Department'],
    [
      'It is necessary to push forward the education and rectification',
      'Political and Legal Affairs Commission',
    ],
    ['The meeting stressed that it is necessary to conscientiously', 'Organization Department'],
    ['It is necessary to effectively reduce the burden', 'Organization Department'],
    ['It is necessary to strengthen planning guidance', 'Industry Bureau'],
  ];
  const KEYWORDS: Record<string, string[]> = {
    'Commerce Bureau': ['opening', 'outside world', 'preferential policies', '开放'],
    'Industry Bureau': ['industrial', 'real economy', 'enterprises', 'brand', '工业'],
    'Science and Technology Bureau': ['innovation', 'scientific research', '创新'],
    'Ecology and Environment Bureau': ['ecological', 'environment', 'low-carbon', '生态', '环境'],
    'Organization Department': [
      'counties and townships',
      'cadres',
      'grass-roots',
      'grassroots',
      'party building',
    ],
    'Propaganda Department': ['party history'],
    'Political and Legal Affairs Commission': ['political and legal'],
  };

  it('splits the seed meeting into one draft per decision, each led by the department its words match, and keeps nothing', async () => {
    const text = readFileSync(SEED_MINUTES, 'utf8');
    const names = new Map<string, string>();
    for (const [name, keywords] of Object.entries(KEYWORDS)) {
      const department = await suite.factory.department(name);
      await suite.admin.patch(`/api/departments/${department.id}`, { keywords }).expect(200);
      names.set(department.id, name);
    }
    // An archived department is never suggested, whatever its words.
    const archived = await suite.factory.department('Former Environment Office');
    await suite.admin
      .patch(`/api/departments/${archived.id}`, { keywords: ['ecological', 'environment'], archived: true })
      .expect(200);
    const board = await suite.factory.board();
    const supervisor = await suite.factory.user('supervisor');
    const before = await countsOf(suite, board.id);

    const response = await supervisor.post('/api/minutes/preview', { text, boardId: board.id }).expect(200);

    const { drafts, reason } = response.body as MinutesPreview;
    expect(reason).toBeUndefined();
    expect(
      drafts.map((draft) => [
        SEED_LEADS.find(([start]) => draft.description.startsWith(start))?.[0] ?? draft.description,
        draft.leadDepartmentId && names.get(draft.leadDepartmentId),
      ]),
    ).toEqual(SEED_LEADS);
    for (const draft of drafts) {
      expect(text.slice(draft.sourceStart, draft.sourceEnd)).toBe(draft.description);
      expect(draft.title.length).toBeGreaterThan(0);
      expect(draft.matched.length > 0).toBe(draft.leadDepartmentId !== undefined);
      expect([draft.leadDepartmentId, ...draft.cooperatingDepartmentIds]).not.toContain(archived.id);
    }
    const starts = drafts.map((draft) => draft.sourceStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(await countsOf(suite, board.id)).toEqual(before);
  });

  it('puts a deadline without a year in the year the minutes are dated, else in this year', async () => {
    const dated =
      'Minutes of the meeting of 3 March 2019\nIt is necessary to finish the bridge by the end of October.';
    const undated = 'Minutes\nIt is necessary to finish the bridge by the end of October.';

    const preview = async (text: string) =>
      (await suite.admin.post('/api/minutes/preview', { text }).expect(200)).body as MinutesPreview;
    const inDated = await preview(dated);
    const inUndated = await preview(undated);

    expect(inDated.drafts.map((draft) => draft.deadline)).toEqual(['2019-10-31']);
    expect(inUndated.drafts.map((draft) => draft.deadline)).toEqual([`${new Date().getFullYear()}-10-31`]);
  });

  it('says why there are no drafts: an empty text, or text with no decision in it', async () => {
    const preview = async (text: string) =>
      (await suite.admin.post('/api/minutes/preview', { text }).expect(200)).body as MinutesPreview;

    expect(await preview('')).toEqual({ drafts: [], reason: 'empty' });
    expect(await preview('  \n\t\n ')).toEqual({ drafts: [], reason: 'empty' });
    expect(await preview('%%%% 1234 #### lorem ipsum ^^^ 0x7f3a\n\n;;;;')).toEqual({
      drafts: [],
      reason: 'no_decisions',
    });
    expect(await preview(fillTo(60_000, '\u4e00\u5f00\u00e9\u{1f600}'))).toMatchObject({ drafts: [] });
  });

  it.each([
    ['200,000 characters', fillTo(200_000, 'It is necessary to complete the sewage network. ')],
    ['NUL bytes', 'It is necessary to complete the sewage network.\u0000\u0000'],
    ['a .docx read as text', 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml'],
  ])('refuses %s with a 400 naming the text', async (_case, text) => {
    const response = await suite.admin.post('/api/minutes/preview', { text }).expect(400);
    expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['text']);
  });

  it('answers the longest minutes allowed, in Chinese, with their decisions', async () => {
    const text = fillTo(60_000, `${readFileSync(CHINESE_MINUTES, 'utf8')}\n\n`);
    const response = await suite.admin.post('/api/minutes/preview', { text }).expect(200);
    expect((response.body as MinutesPreview).drafts.length).toBeGreaterThan(100);
  });

  it('is for supervisors and administrators only', async () => {
    const body = { text: MINUTES_TEXT };
    const department = await suite.factory.department();
    await (await suite.factory.user('member', department.id)).post('/api/minutes/preview', body).expect(403);
    await (await suite.factory.user('leader')).post('/api/minutes/preview', body).expect(403);
    await (await suite.factory.user('supervisor')).post('/api/minutes/preview', body).expect(200);
  });
});
