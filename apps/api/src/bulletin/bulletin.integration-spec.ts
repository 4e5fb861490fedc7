import {
  addDays,
  calendarDateIn,
  type ApiErrorBody,
  type Bulletin,
  type CreateTaskInput,
  type DepartmentView,
  type TaskView,
} from '@duban/contracts';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { Clock } from '../common/clock';
import type { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

/** The body of a binary download (supertest buffers only text by default). */
function binary(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    const cells: ExcelJS.CellValue[] = [];
    for (let index = 1; index <= sheet.columnCount; index += 1) cells.push(row.getCell(index).value);
    rows.push(cells);
  });
  return rows;
}

/**
 * 督办通报 against a fixture counted by hand, on the real database, with the server's clock set (Clock):
 *
 * - overdue: "Dredge the canal" (A, leader Zhang, deadline 03-20) and "Fix the lights" (A, deadline 04-01),
 *   open; on 2026-04-02 they are 13 and 1 days overdue;
 * - "Repave the bridge" (B, deadline 03-31), verified 2026-03-31T15:30Z: 23:30 on the 31st in Shanghai,
 *   the last day of March in both zones, on time;
 * - "Clear the drains" (B, deadline 04-10), verified 2026-03-31T16:30Z: 31 March in UTC but already
 *   1 April (00:30) in Shanghai;
 * - "Paint the school" (B, deadline 02-28, created in February), verified 2026-02-28T17:00Z: 28 February in
 *   UTC (on time) but 1 March (01:00) in Shanghai, a day late.
 *
 * So March in Shanghai closed the bridge and the school (one on time); March in UTC the bridge and the drains.
 */
describe('Supervision bulletin (GET /api/boards/:boardId/circular, circular.xlsx)', () => {
  const suite = useTestApp();
  let clock: Clock;
  beforeAll(() => {
    clock = suite.testApp.app.get(Clock);
  });
  afterEach(() => jest.restoreAllMocks());

  function at(instant: string): void {
    jest.spyOn(clock, 'now').mockReturnValue(new Date(instant));
  }

  async function bulletin(
    boardId: string,
    query: string,
    client: ApiClient = suite.admin,
  ): Promise<Bulletin> {
    return (await client.get(`/api/boards/${boardId}/circular${query}`).expect(200)).body as Bulletin;
  }

  async function closedTask(
    boardId: string,
    input: Partial<CreateTaskInput>,
    member: ApiClient,
    verifiedAt: string,
  ): Promise<TaskView> {
    const created = await suite.factory.task(boardId, input);
    const id = created.id;
    let version = ((await member.post(`/api/tasks/${id}/acknowledge`, {}).expect(200)).body as TaskView)
      .version;
    version = (
      (
        await member
          .post(`/api/tasks/${id}/move`, { status: 'in_progress', afterTaskId: null, version })
          .expect(200)
      ).body as TaskView
    ).version;
    version = (
      (await member.post(`/api/tasks/${id}/submit`, { result: 'Done', version }).expect(200)).body as TaskView
    ).version;
    at(verifiedAt);
    return (await suite.admin.post(`/api/tasks/${id}/verify`, { note: 'Checked', version }).expect(200))
      .body as TaskView;
  }

  let stories = 0;
  async function story() {
    const n = ++stories;
    const a = await suite.factory.department(`Water Bureau ${n} ${Date.now()}`);
    const b = await suite.factory.department(`Roads Office ${n} ${Date.now()}`);
    const memberB = await suite.factory.user('member', b.id);
    const leader = await suite.factory.user('leader', null);
    const board = await suite.factory.board({ title: `Spring works ${n}` });
    at('2026-02-20T04:00:00Z');
    const school = await closedTask(
      board.id,
      { title: 'Paint the school', leadDepartmentId: b.id, deadline: '2026-02-28' },
      memberB,
      '2026-02-28T17:00:00Z',
    );
    at('2026-03-05T04:00:00Z');
    const canal = await suite.factory.task(board.id, {
      title: 'Dredge the canal',
      leadDepartmentId: a.id,
      responsibleLeaderId: leader.user.id,
      deadline: '2026-03-20',
    });
    const lights = await suite.factory.task(board.id, {
      title: 'Fix the lights',
      leadDepartmentId: a.id,
      deadline: '2026-04-01',
    });
    at('2026-03-05T04:00:00Z');
    const bridge = await closedTask(
      board.id,
      { title: 'Repave the bridge', leadDepartmentId: b.id, deadline: '2026-03-31' },
      memberB,
      '2026-03-31T15:30:00Z',
    );
    at('2026-03-05T04:00:00Z');
    const drains = await closedTask(
      board.id,
      { title: 'Clear the drains', leadDepartmentId: b.id, deadline: '2026-04-10' },
      memberB,
      '2026-03-31T16:30:00Z',
    );
    return { a, b, leader, board, school, canal, lights, bridge, drains };
  }

  const titles = (list: readonly { title: string }[]) => list.map((task) => task.title);
  const named = (department: DepartmentView) => ({ id: department.id, name: department.name });

  it('lists the overdue tasks with their leaders and lead departments, and what closed in the period, in Shanghai', async () => {
    const { a, b, leader, board, canal } = await story();
    at('2026-04-02T04:00:00Z');
    const march = await bulletin(board.id, '?from=2026-03-01&to=2026-03-31&tz=Asia%2FShanghai');
    expect(march.board).toEqual({ id: board.id, title: board.title });
    expect(march.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(march.timeZone).toBe('Asia/Shanghai');
    expect(march.today).toBe('2026-04-02');
    expect(march.asOf).toBe('2026-04-02T04:00:00.000Z');
    expect(march.overdue).toEqual([
      {
        taskId: canal.id,
        title: 'Dredge the canal',
        status: 'todo',
        leadDepartment: named(a),
        responsibleLeader: { id: leader.user.id, name: leader.user.displayName },
        deadline: '2026-03-20',
        daysOverdue: 13,
      },
      expect.objectContaining({ title: 'Fix the lights', responsibleLeader: null, daysOverdue: 1 }),
    ]);
    // Closed in March as Shanghai reads the days: the school (1 March 01:00) and the bridge (31 March 23:30).
    expect(march.closed).toEqual([
      expect.objectContaining({
        title: 'Paint the school',
        leadDepartment: named(b),
        closedOn: '2026-03-01',
        deadline: '2026-02-28',
        onTime: false,
      }),
      expect.objectContaining({ title: 'Repave the bridge', closedOn: '2026-03-31', onTime: true }),
    ]);
    // Tasks are created at the database's time (now, not the test's clock): none in March.
    expect(march.summary).toMatchObject({ closedInPeriod: 2, closedOnTimeInPeriod: 1, createdInPeriod: 0 });
    // The figures as of now: five tasks, three done, two overdue.
    expect(march.totals).toMatchObject({ tasks: 5, done: 3, overdue: 2, onTimeRate: 2 / 3 });
    expect(march.departments.find((entry) => entry.departmentId === b.id)).toMatchObject({
      led: 3,
      done: 3,
      onTimeRate: 2 / 3,
    });
    // At the end of 31 March in Shanghai, replayed from the log: the school and the bridge closed, the drains
    // (00:30 on 1 April there) still open; due by then the school, the canal and the bridge; the canal overdue.
    expect(march.atPeriodEnd).toEqual({ date: '2026-03-31', due: 3, closed: 2, overdue: 1, open: 3 });
    // A has overdue tasks (red); B closed the school a day late in Shanghai (yellow).
    expect(march.ranking).toEqual({ red: [a.id], yellow: [b.id], green: [] });

    const april = await bulletin(board.id, '?from=2026-04-01&to=2026-04-30&tz=Asia%2FShanghai');
    expect(titles(april.closed)).toEqual(['Clear the drains']);
    expect(april.closed[0]).toMatchObject({ closedOn: '2026-04-01', onTime: true });
    const around = (days: number) => addDays(calendarDateIn(new Date(), 'UTC'), days);
    const thisWeek = await bulletin(board.id, `?from=${around(-1)}&to=${around(1)}&tz=UTC`);
    expect(thisWeek.summary.createdInPeriod).toBe(5);
  });

  it('reads the period in UTC differently: the last of February and the last of March', async () => {
    const { a, b, board } = await story();
    at('2026-04-02T04:00:00Z');
    const march = await bulletin(board.id, '?from=2026-03-01&to=2026-03-31&tz=UTC');
    expect(titles(march.closed)).toEqual(['Repave the bridge', 'Clear the drains']);
    expect(march.closed.map((task) => task.closedOn)).toEqual(['2026-03-31', '2026-03-31']);
    expect(march.summary).toMatchObject({ closedInPeriod: 2, closedOnTimeInPeriod: 2 });
    // In UTC the drains closed on 31 March too.
    expect(march.atPeriodEnd).toEqual({ date: '2026-03-31', due: 3, closed: 3, overdue: 1, open: 2 });
    // In UTC the school closed on its deadline day: B is all on time.
    expect(march.ranking).toEqual({ red: [a.id], yellow: [], green: [b.id] });
    const lastDay = await bulletin(board.id, '?from=2026-03-31&to=2026-03-31&tz=UTC');
    expect(titles(lastDay.closed)).toEqual(['Repave the bridge', 'Clear the drains']);
    const lastDayShanghai = await bulletin(board.id, '?from=2026-03-31&to=2026-03-31&tz=Asia%2FShanghai');
    expect(titles(lastDayShanghai.closed)).toEqual(['Repave the bridge']);
  });

  it("defaults to this month in the reader's zone, and fills a half-given period to its month's end", async () => {
    const board = await suite.factory.board();
    // 17:00 UTC on 31 March is already 1 April in Shanghai.
    at('2026-03-31T17:00:00Z');
    expect((await bulletin(board.id, '?tz=UTC')).period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect((await bulletin(board.id, '?tz=Asia%2FShanghai')).period).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect((await bulletin(board.id, '?tz=UTC&from=2026-02-10')).period).toEqual({
      from: '2026-02-10',
      to: '2026-02-28',
    });
    expect((await bulletin(board.id, '?tz=UTC&to=2024-02-10')).period).toEqual({
      from: '2024-02-01',
      to: '2024-02-10',
    });
    // A period still running is counted to the end of today; one not begun has no end figures.
    expect((await bulletin(board.id, '?tz=UTC')).atPeriodEnd).toMatchObject({ date: '2026-03-31' });
    expect((await bulletin(board.id, '?tz=UTC&from=2026-04-01')).atPeriodEnd).toBeNull();
    const empty = await bulletin(board.id, '?tz=UTC');
    expect(empty).toMatchObject({
      overdue: [],
      closed: [],
      departments: [],
      ranking: { red: [], yellow: [], green: [] },
    });
    expect(empty.summary).toMatchObject({ closedInPeriod: 0, createdInPeriod: 0 });
  });

  it("lists the leader instructions given in the period in the reader's zone, with their responses", async () => {
    const { a, leader, board, canal, lights } = await story();
    const memberA = await suite.factory.user('member', a.id);
    const give = async (taskId: string, body: string) =>
      (await leader.post(`/api/tasks/${taskId}/comments`, { body, kind: 'instruction' }).expect(201))
        .body as {
        id: string;
      };
    at('2026-03-10T02:00:00Z');
    const early = await give(canal.id, 'Finish the canal before the rains');
    at('2026-03-12T03:00:00Z');
    await memberA
      .post(`/api/tasks/${canal.id}/comments`, { body: 'Dredgers ordered', replyToId: early.id })
      .expect(201);
    // 00:30 on 1 April in Shanghai, still 31 March in UTC.
    at('2026-03-31T16:30:00Z');
    const late = await give(lights.id, 'Report on the lights by Friday');

    at('2026-04-02T04:00:00Z');
    const march = await bulletin(board.id, '?from=2026-03-01&to=2026-03-31&tz=Asia%2FShanghai');
    expect(march.instructions).toEqual([
      expect.objectContaining({
        id: early.id,
        taskId: canal.id,
        taskTitle: 'Dredge the canal',
        leaderId: leader.user.id,
        leadDepartmentId: a.id,
        body: 'Finish the canal before the rains',
        givenAt: '2026-03-10T02:00:00.000Z',
        response: expect.objectContaining({ authorId: memberA.user.id, body: 'Dredgers ordered' }) as unknown,
        waitingDays: 2,
      }),
    ]);
    expect(march.summary).toMatchObject({ instructions: 1, instructionsAnswered: 1 });
    const april = await bulletin(board.id, '?from=2026-04-01&to=2026-04-30&tz=Asia%2FShanghai');
    expect(april.instructions).toEqual([
      expect.objectContaining({ id: late.id, response: null, waitingDays: 1 }),
    ]);
    expect(april.summary).toMatchObject({ instructions: 1, instructionsAnswered: 0 });
    const utc = await bulletin(board.id, '?from=2026-03-01&to=2026-03-31&tz=UTC');
    expect(utc.instructions.map((entry) => entry.id)).toEqual([early.id, late.id]);

    const response = await suite.admin
      .get(`/api/boards/${board.id}/circular.xlsx?from=2026-03-01&to=2026-03-31&tz=Asia%2FShanghai&lang=en`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    const rows = rowsOf(workbook.getWorksheet('Instructions')!);
    expect(rows).toEqual([
      [
        'Task',
        'Leader',
        'Given',
        'Instruction',
        'Lead department',
        'Answered by',
        'Answered',
        'Response',
        'Days waited',
      ],
      [
        'Dredge the canal',
        leader.user.displayName,
        new Date('2026-03-10T10:00:00Z'),
        'Finish the canal before the rains',
        a.name,
        memberA.user.displayName,
        new Date('2026-03-12T11:00:00Z'),
        'Dredgers ordered',
        2,
      ],
    ]);
  });

  it('refuses a bad period, zone or language with a 400 naming the field', async () => {
    const board = await suite.factory.board();
    for (const [query, field] of [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2026-03-10&to=2026-03-09', 'to'],
      ['from=2026-01-01&to=2027-01-02', 'to'],
      ['tz=Mars%2FOlympus', 'tz'],
      ['lang=fr', 'lang'],
    ] as const) {
      for (const path of [`/api/boards/${board.id}/circular`, `/api/boards/${board.id}/circular.xlsx`]) {
        const response = await suite.admin.get(`${path}?${query}`).expect(400);
        expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual([field]);
      }
    }
    // A whole leap year is one period.
    await suite.admin.get(`/api/boards/${board.id}/circular?from=2028-01-01&to=2028-12-31`).expect(200);
  });

  it('answers 404 to an outsider of a restricted board, on both routes', async () => {
    const inside = await suite.factory.department();
    const outside = await suite.factory.department();
    const board = await suite.factory.board({ departmentIds: [inside.id] });
    const outsider = await suite.factory.user('member', outside.id);
    const insider = await suite.factory.user('member', inside.id);
    for (const path of [`/api/boards/${board.id}/circular`, `/api/boards/${board.id}/circular.xlsx`]) {
      const refused = await outsider.get(path).expect(404);
      expect((refused.body as ApiErrorBody).message).toMatch(/board/i);
    }
    expect((await bulletin(board.id, '', insider)).board.id).toBe(board.id);
  });

  it('downloads the workbook: summary, departments with their ranking, overdue and closed, in English and Chinese', async () => {
    const { a, b, leader, board } = await story();
    at('2026-04-02T04:00:00Z');
    const download = async (lang: string) => {
      const response = await suite.admin
        .get(
          `/api/boards/${board.id}/circular.xlsx?from=2026-03-01&to=2026-03-31&tz=Asia%2FShanghai&lang=${lang}`,
        )
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toBe('attachment; filename="bulletin.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as ExcelJS.Buffer);
      return workbook;
    };
    const english = await download('en');
    expect(english.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Departments',
      'Overdue',
      'Closed in period',
      'Instructions',
    ]);
    const [summary, departments, overdue, closed] = english.worksheets.map(rowsOf);
    expect(summary![0]![0]).toBe(`${board.title}: supervision bulletin`);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['Period from', new Date('2026-03-01T00:00:00Z')],
        ['Period to', new Date('2026-03-31T00:00:00Z')],
        // 12:00 in Shanghai, the reader's wall clock.
        ['Figures as of', new Date('2026-04-02T12:00:00Z')],
        ['Closed in the period', 2],
        ['At the end of', new Date('2026-03-31T00:00:00Z')],
        ['Open then', 3],
        ['Overdue then', 1],
        ['Closed by then', 2],
        ['Due by then', 3],
        ['On-time rate', 2 / 3],
        ['of them on time', 1],
        ['Overdue', 2],
      ]),
    );
    expect(departments![0]!.slice(0, 4)).toEqual(['Lead department', 'List', 'Place', 'Led']);
    expect(departments!.slice(1).map((row) => row.slice(0, 4))).toEqual([
      [a.name, 'Red list', 1, 2],
      [b.name, 'Yellow list', 1, 3],
    ]);
    expect(overdue).toEqual([
      ['Title', 'Lead department', 'Responsible leader', 'Deadline', 'Days overdue', 'Status'],
      [
        'Dredge the canal',
        a.name,
        leader.user.displayName,
        new Date('2026-03-20T00:00:00Z'),
        13,
        'Not started',
      ],
      ['Fix the lights', a.name, null, new Date('2026-04-01T00:00:00Z'), 1, 'Not started'],
    ]);
    expect(closed!.slice(1)).toEqual([
      [
        'Paint the school',
        b.name,
        null,
        new Date('2026-02-28T00:00:00Z'),
        new Date('2026-03-01T00:00:00Z'),
        'No',
      ],
      [
        'Repave the bridge',
        b.name,
        null,
        new Date('2026-03-31T00:00:00Z'),
        new Date('2026-03-31T00:00:00Z'),
        'Yes',
      ],
    ]);

    const chinese = await download('zh-CN');
    expect(chinese.worksheets.map((sheet) => sheet.name)).toEqual([
      '概况',
      '各单位情况',
      '逾期事项',
      '本期办结',
      '领导批示',
    ]);
    const [zhSummary, zhDepartments, zhOverdue] = chinese.worksheets.map(rowsOf);
    expect(zhSummary![0]![0]).toBe(`《${board.title}》督办通报`);
    expect(zhDepartments![1]!.slice(0, 2)).toEqual([a.name, '红榜']);
    expect(zhOverdue![0]).toEqual(['事项', '牵头单位', '责任领导', '办理时限', '逾期天数', '状态']);
  });

  it('neutralises text that looks like a formula in the workbook', async () => {
    const board = await suite.factory.board();
    at('2026-03-10T04:00:00Z');
    await suite.factory.task(board.id, {
      title: '=HYPERLINK("http://evil.example","x")',
      deadline: '2026-03-01',
    });
    const response = await suite.admin
      .get(`/api/boards/${board.id}/circular.xlsx?tz=UTC&lang=en`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ExcelJS.Buffer);
    const overdue = rowsOf(workbook.getWorksheet('Overdue')!);
    expect(overdue[1]![0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });
});
