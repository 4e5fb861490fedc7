import type {
  ApiErrorBody,
  AuditVerification,
  BoardEventsPage,
  DepartmentView,
  ImportMinutesResult,
  MinutesSummary,
  MinutesTaskDraft,
  MinutesView,
  TaskView,
} from '@duban/contracts';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp, type TestSuite } from '../testing/use-test-app';

/** An office's minutes: a first line (the title), background, nine decisions and boilerplate. */
const DECISIONS = [
  'Relocate the 12 chemical enterprises along the river by the end of October.',
  'It is necessary to complete the sewage network of the eastern district.',
  'Efforts should be made to cut the approval time of investment projects to 30 days.',
  'The meeting required the transport bureau to open two new bus lines to the science park.',
  'All schools must finish the safety inspection of their buildings before the summer.',
  'It is necessary to publish the list of vacant industrial land every quarter.',
  'Water authorities must dredge the northern reservoir before the flood season.',
  'The meeting stressed that rural roads be repaired in the 30 poorest villages.',
  'It is necessary to report the progress of these tasks to the office every month.',
];
const MINUTES_TEXT = [
  'Minutes of the municipal executive meeting, 12 March 2021',
  '',
  'The meeting heard the report on the first quarter and studied the work of the year.',
  ...DECISIONS,
  'The meeting also studied other matters.',
].join('\n');

function spanOf(decision: string): { sourceStart: number; sourceEnd: number } {
  const sourceStart = MINUTES_TEXT.indexOf(decision);
  if (sourceStart < 0) throw new Error(`Not in the minutes: ${decision}`);
  return { sourceStart, sourceEnd: sourceStart + decision.length };
}

/** The nine reviewed drafts, each led by the given department, in the order of the text. */
function draftsLedBy(leadDepartmentId: string): MinutesTaskDraft[] {
  return DECISIONS.map((decision, index) => ({
    title: `Decision ${index + 1}`,
    description: decision,
    deadline: index === 0 ? '2021-10-31' : null,
    leadDepartmentId,
    cooperatingDepartmentIds: [],
    ...spanOf(decision),
  }));
}

interface Counts {
  minutes: number;
  tasks: number;
  events: number;
  seq: number;
}

/** What one board holds, counted in the database itself. */
async function countsOf(suite: TestSuite, boardId: string): Promise<Counts> {
  const [row] = await suite.testApp.dataSource.query<Counts[]>(
    `SELECT (SELECT count(*)::int FROM minutes WHERE "boardId" = $1) AS minutes,
            (SELECT count(*)::int FROM tasks WHERE "boardId" = $1) AS tasks,
            (SELECT count(*)::int FROM board_events WHERE "boardId" = $1) AS events,
            (SELECT seq FROM boards WHERE id = $1) AS seq`,
    [boardId],
  );
  return row!;
}

describe('Meeting minutes: imported into a board, made into tasks in one step, traceable', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);
  let lead: DepartmentView;

  beforeAll(async () => {
    lead = await suite.factory.department();
  });

  async function importNine(boardId: string, drafts = draftsLedBy(lead.id)): Promise<ImportMinutesResult> {
    const response = await suite.admin
      .post(`/api/boards/${boardId}/minutes`, { text: MINUTES_TEXT, drafts })
      .expect(201);
    return response.body as ImportMinutesResult;
  }

  describe('POST /api/boards/:boardId/minutes', () => {
    it('creates a task per draft in the drafts’ order, each pointing at its decision, with one task.created event each', async () => {
      const board = await suite.factory.board();
      const supervisor = await suite.factory.user('supervisor');
      // The office swapped the last two decisions while reviewing: tasks follow the drafts.
      const drafts = draftsLedBy(lead.id);
      const reviewed = [...drafts.slice(0, 7), drafts[8]!, drafts[7]!];

      const response = await supervisor
        .post(`/api/boards/${board.id}/minutes`, { text: MINUTES_TEXT, drafts: reviewed })
        .expect(201);

      const { minutesId, tasks } = response.body as ImportMinutesResult;
      expect(tasks.map((task) => task.title)).toEqual(reviewed.map((draft) => draft.title));
      expect(
        tasks.map((task) =>
          MINUTES_TEXT.slice(task.decisionSource!.sourceStart, task.decisionSource!.sourceEnd),
        ),
      ).toEqual(reviewed.map((draft) => draft.description));
      expect(tasks[0]).toMatchObject({
        boardId: board.id,
        description: DECISIONS[0],
        deadline: '2021-10-31',
        leadDepartmentId: lead.id,
        status: 'todo',
        createdById: supervisor.user.id,
        decisionSource: { minutesId, ...spanOf(DECISIONS[0]!) },
      });

      const page = (await supervisor.get(`/api/boards/${board.id}/events?after=1`).expect(200))
        .body as BoardEventsPage;
      expect(page.events.map((event) => [event.seq, event.type, event.actorId])).toEqual(
        tasks.map((_, index) => [index + 2, 'task.created', supervisor.user.id]),
      );
      expect(page.events.map((event) => event.data)).toEqual(tasks);
      const audit = (await supervisor.get(`/api/boards/${board.id}/audit/verify`).expect(200))
        .body as AuditVerification;
      expect(audit).toMatchObject({ ok: true, checked: 10 });
    });

    it('keeps the minutes with the board: the text and its tasks in the order of the text, and the list with the count', async () => {
      const board = await suite.factory.board();
      const leader = await suite.factory.user('leader');
      const drafts = draftsLedBy(lead.id);
      const { minutesId, tasks } = await importNine(board.id, [...drafts].reverse());

      const view = (await leader.get(`/api/minutes/${minutesId}`).expect(200)).body as MinutesView;

      expect(view).toMatchObject({
        id: minutesId,
        boardId: board.id,
        title: 'Minutes of the municipal executive meeting, 12 March 2021',
        text: MINUTES_TEXT,
        createdById: suite.admin.user.id,
        taskCount: 9,
      });
      expect(view.tasks.map((task) => task.description)).toEqual(DECISIONS);
      expect(view.tasks.map((task) => task.id)).toEqual(tasks.map((task) => task.id).reverse());

      // A second meeting feeds the same board; a task deleted since no longer counts.
      const second = await suite.admin
        .post(`/api/boards/${board.id}/minutes`, {
          text: MINUTES_TEXT,
          title: 'Follow-up meeting',
          drafts: drafts.slice(0, 2),
        })
        .expect(201);
      const deleted = tasks[0]!;
      await suite.admin.delete(`/api/tasks/${deleted.id}?version=${deleted.version}`).expect(204);

      const list = (await leader.get(`/api/boards/${board.id}/minutes`).expect(200)).body as MinutesSummary[];
      expect(list.map(({ id, title, taskCount }) => ({ id, title, taskCount }))).toEqual([
        { id: (second.body as ImportMinutesResult).minutesId, title: 'Follow-up meeting', taskCount: 2 },
        { id: minutesId, title: 'Minutes of the municipal executive meeting, 12 March 2021', taskCount: 8 },
      ]);
      expect(list[0]).toEqual({
        id: expect.any(String),
        boardId: board.id,
        title: 'Follow-up meeting',
        createdAt: expect.any(String),
        createdById: suite.admin.user.id,
        taskCount: 2,
      });
    });

    it('shows where a task came from wherever the task is read: the task, the board snapshot', async () => {
      const board = await suite.factory.board();
      const { minutesId, tasks } = await importNine(board.id);
      const typed = await suite.factory.task(board.id);

      const task = (await suite.admin.get(`/api/tasks/${tasks[3]!.id}`).expect(200)).body as TaskView;
      const snapshot = (await suite.admin.get(`/api/boards/${board.id}`).expect(200)).body as {
        tasks: TaskView[];
      };

      expect(task.decisionSource).toEqual({ minutesId, ...spanOf(DECISIONS[3]!) });
      expect(snapshot.tasks.find((each) => each.id === tasks[3]!.id)?.decisionSource).toEqual(
        task.decisionSource,
      );
      expect(snapshot.tasks.find((each) => each.id === typed.id)?.decisionSource).toBeNull();
    });

    it.each([
      [
        'an archived lead department',
        'leadDepartmentId',
        (archived: string) => ({ leadDepartmentId: archived }),
      ],
      ['an unknown lead department', 'leadDepartmentId', () => ({ leadDepartmentId: UNKNOWN_ID })],
      [
        'an unknown cooperating department',
        'cooperatingDepartmentIds',
        () => ({ cooperatingDepartmentIds: [UNKNOWN_ID] }),
      ],
      ['an unknown responsible leader', 'responsibleLeaderId', () => ({ responsibleLeaderId: UNKNOWN_ID })],
      ['an empty title', 'title', () => ({ title: '   ' })],
      [
        'a span past the end of the text',
        'sourceEnd',
        () => ({ sourceStart: 10, sourceEnd: MINUTES_TEXT.length + 1 }),
      ],
      ['a malformed deadline', 'deadline', () => ({ deadline: '31 October' })],
    ])('creates nothing when draft 7 of 9 has %s, and names drafts.6.%s', async (_case, field, change) => {
      const board = await suite.factory.board();
      const archived = await suite.factory.department();
      await suite.admin.patch(`/api/departments/${archived.id}`, { archived: true }).expect(200);
      const drafts = draftsLedBy(lead.id);
      drafts[6] = { ...drafts[6]!, ...change(archived.id) };
      const before = await countsOf(suite, board.id);

      const response = await suite.admin
        .post(`/api/boards/${board.id}/minutes`, { text: MINUTES_TEXT, drafts })
        .expect(400);

      const body = response.body as ApiErrorBody;
      expect(body.code).toBe('validation_failed');
      expect(body.details?.map((detail) => detail.field)).toEqual([`drafts.6.${field}`]);
      expect(await countsOf(suite, board.id)).toEqual(before);
      expect((await suite.admin.get(`/api/boards/${board.id}/minutes`).expect(200)).body).toEqual([]);
    });

    it('lets only supervisors and administrators import, and refuses an archived board', async () => {
      const board = await suite.factory.board();
      const body = { text: MINUTES_TEXT, drafts: draftsLedBy(lead.id).slice(0, 1) };
      const member = await suite.factory.user('member', lead.id);
      const leader = await suite.factory.user('leader');

      expect((await member.post(`/api/boards/${board.id}/minutes`, body).expect(403)).body).toMatchObject({
        code: 'forbidden',
      });
      await leader.post(`/api/boards/${board.id}/minutes`, body).expect(403);
      await suite.admin.patch(`/api/boards/${board.id}`, { archived: true }).expect(200);
      const archived = await suite.admin.post(`/api/boards/${board.id}/minutes`, body).expect(403);

      expect((archived.body as ApiErrorBody).code).toBe('board_archived');
      expect(await countsOf(suite, board.id)).toMatchObject({ minutes: 0, tasks: 0 });
    });
  });

  describe('text that is not minutes', () => {
    const decision = 'It is necessary to complete the sewage network.';
    const oneDraft = (text: string) => [
      {
        title: 'Sewage network',
        description: decision,
        cooperatingDepartmentIds: [],
        sourceStart: 0,
        sourceEnd: Math.min(text.length, 10) || 1,
      },
    ];

    it.each([
      ['an empty text', ''],
      ['only spaces and line breaks', ' \n\n\t  \n'],
      ['200,000 characters', `${decision} `.repeat(4000).slice(0, 200_000)],
      ['NUL bytes', `${decision}\u0000\u0000${decision}`],
      [
        'binary-like bytes',
        String.fromCharCode(...Array.from({ length: 512 }, (_, index) => (index * 37) % 256)),
      ],
    ])('refuses to import %s with a 400 naming the text, and creates nothing', async (_case, text) => {
      const board = await suite.factory.board();
      const before = await countsOf(suite, board.id);

      const response = await suite.admin.post(`/api/boards/${board.id}/minutes`, {
        text,
        drafts: oneDraft(text),
      });

      expect(response.status).toBe(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain('text');
      expect(await countsOf(suite, board.id)).toEqual(before);
    });

    it('refuses an import without drafts, naming drafts', async () => {
      const board = await suite.factory.board();
      const response = await suite.admin
        .post(`/api/boards/${board.id}/minutes`, { text: MINUTES_TEXT, drafts: [] })
        .expect(400);
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toEqual(['drafts']);
    });
  });

  describe('who may see the minutes', () => {
    it('answers 404 on every board route to an outsider of a restricted board, as for a board that does not exist', async () => {
      const inside = await suite.factory.department();
      const outside = await suite.factory.department();
      const board = await suite.factory.board({ departmentIds: [inside.id] });
      const { minutesId } = await importNine(board.id);
      const insider = await suite.factory.user('member', inside.id);
      const outsider = await suite.factory.user('member', outside.id);
      const body = { text: MINUTES_TEXT, drafts: draftsLedBy(lead.id).slice(0, 1) };

      await insider.get(`/api/boards/${board.id}/minutes`).expect(200);
      await insider.get(`/api/minutes/${minutesId}`).expect(200);
      await outsider.get(`/api/boards/${board.id}/minutes`).expect(404);
      await outsider.get(`/api/minutes/${minutesId}`).expect(404);
      await outsider.post(`/api/boards/${board.id}/minutes`, body).expect(404);
      await outsider.post('/api/minutes/preview', { text: MINUTES_TEXT, boardId: board.id }).expect(404);
      expect(await countsOf(suite, board.id)).toMatchObject({ minutes: 1, tasks: 9 });
    });

    it('answers 404 for minutes that do not exist and 400 naming a malformed id', async () => {
      await suite.admin.get('/api/minutes/00000000-0000-4000-8000-000000000000').expect(404);
      await suite.admin.get('/api/boards/00000000-0000-4000-8000-000000000000/minutes').expect(404);
      const malformed = await suite.admin.get('/api/minutes/not-an-id').expect(400);
      expect((malformed.body as ApiErrorBody).details).toEqual([
        { field: 'minutesId', message: 'must be a UUID' },
      ]);
    });
  });

  it('sends another user’s board the new tasks live, one task.created each, in order', async () => {
    const board = await suite.factory.board();
    const leader = await suite.factory.user('leader');
    const { socket, recorder } = await live.connect(leader);
    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true, seq: 1 });

    const { tasks } = await importNine(board.id);

    await recorder.waitForEvents(9);
    expect(recorder.events.map((event) => [event.seq, event.type])).toEqual(
      tasks.map((_, index) => [index + 2, 'task.created']),
    );
    expect(recorder.events.map((event) => event.data)).toEqual(tasks);
  });
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
