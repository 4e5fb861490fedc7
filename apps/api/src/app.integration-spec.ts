import type {
  BoardEvent,
  BoardReporting,
  BoardSnapshot,
  BoardView,
  LoginResult,
  ReportView,
  UserView,
} from '@duban/contracts';
import request from 'supertest';
import { createApp } from './server';
import { ApiClient } from './testing/api-client';
import { createTestDatabase, testConfig } from './testing/test-app';
import { useTestApp } from './testing/use-test-app';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo/demo-data';

interface OpenApiOperation {
  summary?: string;
  responses: Record<string, unknown>;
}

describe('The app', () => {
  describe('with an empty database and an administrator from the environment', () => {
    const suite = useTestApp();

    it('answers the health check', async () => {
      await request(suite.testApp.url).get('/api/health').expect(200, { status: 'ok' });
    });

    it('publishes its OpenAPI description and UI', async () => {
      const json = await request(suite.testApp.url).get('/api/docs-json').expect(200);
      expect(Object.keys(json.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/auth/login',
          '/api/boards/{boardId}',
          '/api/tasks/{taskId}/move',
          '/api/boards/{boardId}/events',
        ]),
      );
      expect(json.body.components.schemas.CreateTaskDto.properties).toHaveProperty('leadDepartmentId');
      await request(suite.testApp.url).get('/api/docs').expect(200).expect('Content-Type', /html/);
    });

    it('summarizes the workflow, report, reminder, notification, audit and history endpoints', async () => {
      const json = await request(suite.testApp.url).get('/api/docs-json').expect(200);
      const paths = json.body.paths as Record<string, Record<string, OpenApiOperation>>;
      const summaryOf = (method: string, path: string) => paths[path]?.[method]?.summary ?? '';
      const documented = [
        ['post', '/api/tasks/{taskId}/acknowledge'],
        ['post', '/api/tasks/{taskId}/submit'],
        ['post', '/api/tasks/{taskId}/verify'],
        ['post', '/api/tasks/{taskId}/return'],
        ['get', '/api/tasks/{taskId}/reports'],
        ['post', '/api/tasks/{taskId}/reports'],
        ['get', '/api/boards/{boardId}/reporting'],
        ['post', '/api/tasks/{taskId}/reminders'],
        ['get', '/api/notifications'],
        ['post', '/api/notifications/{id}/read'],
        ['post', '/api/notifications/read-all'],
        ['get', '/api/boards/{boardId}/audit/verify'],
        ['get', '/api/boards/{boardId}/history'],
        ['get', '/api/boards/{boardId}/events'],
        ['get', '/api/tasks/{taskId}/history'],
      ] as const;
      const undocumented = documented.filter(([method, path]) => summaryOf(method, path).trim() === '');
      expect(undocumented).toEqual([]);

      // A workflow step answers the task, or says why it was refused, or that the version was stale.
      for (const step of ['acknowledge', 'submit', 'verify', 'return']) {
        const responses = Object.keys(paths[`/api/tasks/{taskId}/${step}`]!.post!.responses);
        expect(responses).toEqual(expect.arrayContaining(['200', '403', '409']));
      }
    });

    it('has a schema exactly as the entities describe it, built by the checked-in migrations', async () => {
      const pending = await suite.testApp.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      expect(await suite.testApp.dataSource.showMigrations()).toBe(false);
    });

    it('offers no demo logins', async () => {
      await request(suite.testApp.url)
        .get('/api/setup')
        .expect(200, { demo: false, demoLogins: [], demoPassword: null });
    });

    it('creates only the administrator, no demo data', async () => {
      const admin = await ApiClient.loginAdmin(suite.testApp.url);
      expect((await admin.get('/api/boards').expect(200)).body).toEqual([]);
      expect((await admin.get('/api/users').expect(200)).body).toHaveLength(1);
    });

    it('answers unknown API routes with a JSON 404', async () => {
      const admin = await ApiClient.loginAdmin(suite.testApp.url);
      const response = await admin.get('/api/nothing-here').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });
  });

  it('refuses to start on an empty database without an administrator or demo data', async () => {
    const database = await createTestDatabase();
    const app = await createApp(testConfig({ admin: null, demo: false }), database.connection, {
      logger: false,
    });
    try {
      await expect(app.init()).rejects.toThrow(/Set ADMIN_USERNAME and ADMIN_PASSWORD/);
    } finally {
      await app.close();
      await database.drop();
    }
  });

  describe('in demo mode', () => {
    const suite = useTestApp({ demo: true, admin: null });

    it('tells the sign-in page the demo logins', async () => {
      const setup = await request(suite.testApp.url).get('/api/setup').expect(200);
      expect(setup.body).toMatchObject({ demo: true, demoPassword: DEMO_PASSWORD });
      expect(setup.body.demoLogins).toContainEqual({
        username: 'supervisor',
        displayName: expect.any(String),
        role: 'supervisor',
      });
    });

    it('lets every demo user sign in with the demo password', async () => {
      expect(DEMO_LOGINS.map((login) => login.username)).toEqual(
        expect.arrayContaining(['admin', 'supervisor', 'leader', 'ecology', 'industry']),
      );
      for (const login of DEMO_LOGINS) {
        const response = await request(suite.testApp.url)
          .post('/api/auth/login')
          .send({ username: login.username, password: DEMO_PASSWORD })
          .expect(200);
        expect((response.body as LoginResult).user.role).toBe(login.role);
      }
    });

    it('loads the meeting board with tasks, rectification items, comments and a gapless history', async () => {
      const member = await ApiClient.login(suite.testApp.url, 'ecology', DEMO_PASSWORD);
      const boards = (await member.get('/api/boards').expect(200)).body as BoardView[];
      expect(boards).toHaveLength(1);
      const snapshot = (await member.get(`/api/boards/${boards[0]!.id}`).expect(200)).body as BoardSnapshot;

      expect(snapshot.tasks.filter((task) => task.kind === 'task').length).toBeGreaterThanOrEqual(8);
      expect(snapshot.tasks.filter((task) => task.kind === 'rectification').length).toBeGreaterThanOrEqual(3);
      expect(new Set(snapshot.tasks.map((task) => task.status))).toEqual(
        new Set(['todo', 'in_progress', 'in_review', 'done']),
      );
      const today = new Date().toISOString().slice(0, 10);
      expect(snapshot.tasks.some((task) => task.status !== 'done' && task.deadline! < today)).toBe(true);
      expect(snapshot.tasks.every((task) => task.leadDepartmentId !== null)).toBe(true);

      const history = await member.get(`/api/boards/${boards[0]!.id}/events?limit=1000`).expect(200);
      expect(history.body.events.map((event: { seq: number }) => event.seq)).toEqual(
        Array.from({ length: snapshot.seq }, (_, index) => index + 1),
      );
      const comments = snapshot.tasks.reduce((sum, task) => sum + task.commentCount, 0);
      expect(comments).toBeGreaterThanOrEqual(5);
      expect(history.body.events.every((event: BoardEvent) => event.changes.length > 0)).toBe(true);
    });

    it('says who signed for and who verified the demo tasks', async () => {
      const supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
      const [board] = (await supervisor.get('/api/boards').expect(200)).body as BoardView[];
      const { tasks } = (await supervisor.get(`/api/boards/${board!.id}`).expect(200)).body as BoardSnapshot;
      const users = (await supervisor.get('/api/users').expect(200)).body as UserView[];
      const departmentOf = new Map(users.map((user) => [user.id, user.departmentId]));

      const signed = tasks.filter((task) => task.acknowledgedAt !== null);
      const done = tasks.filter((task) => task.status === 'done');
      expect(signed.length).toBeGreaterThan(0);
      expect(done.length).toBeGreaterThan(0);
      for (const task of signed) expect(departmentOf.get(task.acknowledgedById!)).toBe(task.leadDepartmentId);
      expect(done.every((task) => task.verifiedById === supervisor.user.id)).toBe(true);
    });

    it('has this period’s reports from some lead departments, and others still owing theirs', async () => {
      const supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
      const [board] = (await supervisor.get('/api/boards').expect(200)).body as BoardView[];
      const { tasks } = (await supervisor.get(`/api/boards/${board!.id}`).expect(200)).body as BoardSnapshot;
      const reporting = (await supervisor.get(`/api/boards/${board!.id}/reporting`).expect(200))
        .body as BoardReporting;
      const owing = new Set(reporting.missing.flatMap((entry) => entry.taskIds));

      const reported = tasks.filter((task) => task.status === 'in_progress' && !owing.has(task.id));
      expect(reported.length).toBeGreaterThan(0);
      expect(owing.size).toBeGreaterThan(0);
      for (const task of reported) {
        const reports = (await supervisor.get(`/api/tasks/${task.id}/reports`).expect(200))
          .body as ReportView[];
        const lead = reports.find((report) => report.departmentId === task.leadDepartmentId);
        // The task's progress is what its lead department reported.
        expect(lead?.progress).toBe(task.progress);
      }
    });

    it('has tasks that have been awaiting sign-off for over a week, for the board to point at', async () => {
      const supervisor = await ApiClient.login(suite.testApp.url, 'supervisor', DEMO_PASSWORD);
      const [board] = (await supervisor.get('/api/boards').expect(200)).body as BoardView[];
      const { tasks } = (await supervisor.get(`/api/boards/${board!.id}`).expect(200)).body as BoardSnapshot;
      const unsigned = tasks.filter((task) => task.acknowledgedAt === null);
      const weekAgo = Date.now() - 7 * 24 * 60 * 60 * 1000;
      expect(unsigned.length).toBeGreaterThan(0);
      for (const task of unsigned) expect(Date.parse(task.assignedAt!)).toBeLessThan(weekAgo);
    });
  });
});
