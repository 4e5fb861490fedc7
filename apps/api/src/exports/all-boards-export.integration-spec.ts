import {
  EXPORT_COLUMNS,
  EXPORT_ROWS_HEADER,
  EXPORT_WORDS,
  type ApiErrorBody,
  type BoardView,
  type TaskView,
} from '@duban/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import type { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

const TITLE = EXPORT_COLUMNS.indexOf('title');

/** The body of a binary download (supertest buffers only text by default). */
function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** A cell as text (the titles and headers these tests read are text). */
function text(value: ExcelJS.CellValue): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

interface Sheet {
  name: string;
  header: string[];
  titles: string[];
}

async function downloadXlsx(client: ApiClient, path: string): Promise<{ sheets: Sheet[]; rows: number }> {
  const response = await client.get(path).buffer(true).parse(binary).expect(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(response.headers['content-disposition']).toBe('attachment; filename="all-boards.xlsx"');
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(response.body as ExcelJS.Buffer);
  const sheets = workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(EXPORT_COLUMNS.map((_, index) => text(row.getCell(index + 1).value))));
    return { name: sheet.name, header: rows[0]!, titles: rows.slice(1).map((row) => row[TITLE]!) };
  });
  return { sheets, rows: Number(response.headers[EXPORT_ROWS_HEADER.toLowerCase()]) };
}

async function downloadCsv(client: ApiClient, path: string): Promise<{ lines: string[][]; rows: number }> {
  const response = await client.get(path).expect(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.text.startsWith('\uFEFF')).toBe(true);
  const lines: string[][] = parse(response.text.slice(1));
  return { lines, rows: Number(response.headers[EXPORT_ROWS_HEADER.toLowerCase()]) };
}

describe('Exports across boards (GET /api/export.xlsx, /api/export.csv)', () => {
  const suite = useTestApp();

  /**
   * A member of the roads bureau sees two boards (one open, one restricted to the bureau) and not a third,
   * restricted to the water office. Titles Excel would refuse as sheet names: too long, forbidden
   * characters, and two that differ only in case once cut to 31.
   */
  let world: {
    roads: { id: string; name: string };
    member: ApiClient;
    open: BoardView;
    restricted: BoardView;
    hidden: BoardView;
    tasks: Record<'open' | 'restricted' | 'hidden', TaskView[]>;
  };

  beforeAll(async () => {
    const roads = await suite.factory.department('Roads Bureau');
    const water = await suite.factory.department('Water Office');
    const member = await suite.factory.user('member', roads.id);
    const open = await suite.factory.board({
      title: 'Q1/Q2 [draft]: roads? *all* of them\\ — the full spring inspection ledger',
    });
    const restricted = await suite.factory.board({
      title: 'q1/q2 [DRAFT]: ROADS? *ALL* of them\\ — restricted copy',
      departmentIds: [roads.id],
    });
    const hidden = await suite.factory.board({ title: 'Water secrets', departmentIds: [water.id] });
    const tasks = {
      open: [
        await suite.factory.task(open.id, { title: 'Resurface the ring road', leadDepartmentId: roads.id }),
        await suite.factory.task(open.id, { title: '=1+1 looks like a formula' }),
      ],
      restricted: [
        await suite.factory.task(restricted.id, { title: 'Fix the bridge railings', kind: 'rectification' }),
      ],
      hidden: [await suite.factory.task(hidden.id, { title: 'Inspect the reservoir dam' })],
    };
    world = { roads, member, open, restricted, hidden, tasks };
  });

  it('writes one sheet per board the caller may see, named safely and uniquely, with its rows', async () => {
    const { member, tasks } = world;

    const { sheets, rows } = await downloadXlsx(member, '/api/export.xlsx?lang=en');

    // The restricted board of another department is not there, not even as an empty sheet.
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Q1_Q2 _draft__ roads_ _all_ of',
      'q1_q2 _DRAFT__ ROADS_ _ALL_ (2)',
    ]);
    for (const sheet of sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.header).toEqual(EXPORT_COLUMNS.map((name) => EXPORT_WORDS.en.headers[name]));
    }
    expect(sheets[0]!.titles).toEqual(['Resurface the ring road', "'=1+1 looks like a formula"]);
    expect(sheets[1]!.titles).toEqual(tasks.restricted.map((task) => task.title));
    expect(rows).toBe(3);

    // The administrator sees all three.
    const all = await downloadXlsx(suite.admin, '/api/export.xlsx?lang=zh-CN');
    expect(all.sheets.map((sheet) => sheet.name)).toEqual([
      ...sheets.map((sheet) => sheet.name),
      'Water secrets',
    ]);
    expect(all.sheets[2]!.header[0]).toBe('标题');
    expect(all.sheets[2]!.titles).toEqual(tasks.hidden.map((task) => task.title));
    expect(all.rows).toBe(4);
  });

  it('writes one CSV led by a Board column, with the same boards and rows', async () => {
    const { member, open, restricted } = world;

    const { lines, rows } = await downloadCsv(member, '/api/export.csv?lang=zh-CN');

    const [header, ...body] = lines;
    expect(header).toEqual([
      '督办台账',
      ...EXPORT_COLUMNS.map((name) => EXPORT_WORDS['zh-CN'].headers[name]),
    ]);
    expect(body.map((line) => [line[0], line[TITLE + 1]])).toEqual([
      [open.title, 'Resurface the ring road'],
      [open.title, "'=1+1 looks like a formula"],
      [restricted.title, 'Fix the bridge railings'],
    ]);
    expect(body[2]![EXPORT_COLUMNS.indexOf('kind') + 1]).toBe('整改事项');
    expect(rows).toBe(3);
  });

  it("narrows by the table's filters on every board and keeps a board with no rows as an empty sheet", async () => {
    const { member, roads, open, restricted } = world;

    const { lines, rows } = await downloadCsv(member, `/api/export.csv?dept=${roads.id}&lang=en`);
    expect(lines[0]![0]).toBe('Board');
    expect(lines.slice(1).map((line) => [line[0], line[TITLE + 1]])).toEqual([
      [open.title, 'Resurface the ring road'],
    ]);
    expect(rows).toBe(1);

    const rectification = await downloadXlsx(member, '/api/export.xlsx?kind=rectification&q=BRIDGE');
    expect(rectification.sheets.map((sheet) => sheet.titles)).toEqual([[], ['Fix the bridge railings']]);
    expect(rectification.rows).toBe(1);
    expect(restricted.id).toBeTruthy();
  });

  it('narrows to boardIds (comma list or repeated), leaving out a board the caller may not see', async () => {
    const { member, open, restricted, hidden } = world;

    const listed = await downloadCsv(member, `/api/export.csv?boardIds=${restricted.id},${hidden.id}`);
    expect(listed.lines.slice(1).map((line) => line[0])).toEqual([restricted.title]);
    const repeated = await downloadXlsx(
      member,
      `/api/export.xlsx?boardIds=${hidden.id}&boardIds=${open.id.toUpperCase()}`,
    );
    expect(repeated.sheets.map((sheet) => sheet.titles.length)).toEqual([2]);
    // Only boards nobody may see: a workbook still needs a sheet, so one empty sheet.
    const none = await downloadXlsx(member, `/api/export.xlsx?boardIds=${hidden.id}&lang=en`);
    expect(none.sheets.map((sheet) => [sheet.name, sheet.titles.length])).toEqual([['Tasks', 0]]);
    expect(none.rows).toBe(0);
  });

  it('leaves archived boards out unless archived=include asks for them', async () => {
    const board = await suite.factory.board({ title: 'Last year' });
    await suite.factory.task(board.id, { title: 'An archived task' });
    await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);

    const without = await downloadCsv(suite.admin, '/api/export.csv');
    expect(without.lines.map((line) => line[0])).not.toContain('Last year');
    const included = await downloadCsv(suite.admin, '/api/export.csv?archived=include');
    expect(included.lines.filter((line) => line[0] === 'Last year').map((line) => line[TITLE + 1])).toEqual([
      'An archived task',
    ]);
    expect(included.rows).toBe(without.rows + 1);
  });

  it('refuses bad input with a 400 naming the field, before any file', async () => {
    for (const [query, field] of [
      ['boardIds=not-a-uuid', 'boardIds'],
      [`boardIds=${world.open.id},nope`, 'boardIds'],
      ['archived=sometimes', 'archived'],
      ['status=finished', 'status'],
      ['lang=fr', 'lang'],
      ['tz=Mars/Olympus', 'tz'],
      ['board=1', 'board'],
    ]) {
      for (const format of ['csv', 'xlsx']) {
        const bad = await world.member.get(`/api/export.${format}?${query}`).expect(400);
        expect(bad.headers['content-type']).toMatch(/^application\/json/);
        expect((bad.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
      }
    }
  });
});
