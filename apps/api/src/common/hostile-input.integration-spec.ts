import type { ApiErrorBody, TaskView } from '@duban/contracts';
import { Logger } from '@nestjs/common';
import { connect } from 'node:net';
import { inspect } from 'node:util';
import request from 'supertest';
import type { ApiClient } from '../testing/api-client';
import { useTestApp } from '../testing/use-test-app';

/** The fields a 400 names. */
function fieldsOf(body: unknown): string[] {
  return ((body as ApiErrorBody).details ?? []).map((detail) => detail.field);
}

/** Exactly what `curl -X POST` sends: no body, and neither Content-Length nor Content-Type. */
function postWithoutBody(client: ApiClient, path: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(client.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${client.token}\r\n` +
          'Connection: close\r\n\r\n',
      );
    });
    let response = '';
    socket.on('data', (chunk: Buffer) => (response += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = response.split('\r\n\r\n');
      try {
        resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) as unknown });
      } catch (error) {
        reject(new Error(`Not a JSON response: ${response}`, { cause: error }));
      }
    });
  });
}

describe('Hostile input', () => {
  const suite = useTestApp();

  async function supervisedTask() {
    const department = await suite.factory.department();
    const board = await suite.factory.board();
    const task = await suite.factory.task(board.id, { leadDepartmentId: department.id });
    const member = await suite.factory.user('member', department.id);
    return { board, task, member };
  }

  describe('answers 400 naming the field, never 500', () => {
    it('for a NUL byte in a comment, a description, a report and a task title', async () => {
      const { task } = await supervisedTask();

      const comment = await suite.admin
        .post(`/api/tasks/${task.id}/comments`, { body: 'a\u0000b' })
        .expect(400);
      expect(fieldsOf(comment.body)).toEqual(['body']);
      expect((comment.body as ApiErrorBody).message).toMatch(/control characters/);
      const description = await suite.admin
        .patch(`/api/tasks/${task.id}`, { description: 'line\u0000', version: task.version })
        .expect(400);
      expect(fieldsOf(description.body)).toEqual(['description']);
      const report = await suite.admin
        .post(`/api/tasks/${task.id}/reports`, { text: 'done\u0000', progress: 50 })
        .expect(400);
      expect(fieldsOf(report.body)).toEqual(['text']);
      const title = await suite.admin
        .post(`/api/boards/${task.boardId}/tasks`, { title: 'x\u0000' })
        .expect(400);
      expect(fieldsOf(title.body)).toEqual(['title']);
    });

    it('for a NUL byte in the username of a sign-in, before anyone has signed in', async () => {
      const response = await request(suite.testApp.url)
        .post('/api/auth/login')
        .send({ username: 'admin\u0000', password: 'whatever' })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['username']);
    });

    it('for a lone surrogate, sent as the raw JSON escape so it really reaches the server', async () => {
      const { task } = await supervisedTask();
      for (const raw of ['{"body":"\\ud800"}', '{"body":"ok \\udfff"}']) {
        const response = await suite.admin
          .post(`/api/tasks/${task.id}/comments`)
          .set('Content-Type', 'application/json')
          .send(raw)
          .expect(400);
        expect(fieldsOf(response.body)).toEqual(['body']);
        expect((response.body as ApiErrorBody).message).toMatch(/broken character/);
      }
      // A whole surrogate pair is an ordinary character (an emoji).
      await suite.admin
        .post(`/api/tasks/${task.id}/comments`)
        .set('Content-Type', 'application/json')
        .send('{"body":"\\ud83d\\ude00"}')
        .expect(201);
    });

    it('for a comment of nothing but invisible characters', async () => {
      const { task } = await supervisedTask();
      for (const body of ['\u200b', ' \u200d\ufeff\u3000', '\u3164']) {
        const response = await suite.admin.post(`/api/tasks/${task.id}/comments`, { body }).expect(400);
        expect(fieldsOf(response.body)).toEqual(['body']);
      }
    });

    it('for a deadline in the year 0, and for a control character in an evidence link', async () => {
      const { task } = await supervisedTask();
      const deadline = await suite.admin
        .patch(`/api/tasks/${task.id}`, { deadline: '0000-01-01', version: task.version })
        .expect(400);
      expect(fieldsOf(deadline.body)).toEqual(['deadline']);
      const link = await suite.admin
        .patch(`/api/tasks/${task.id}`, {
          evidenceLinks: ['https://example.com/\u0000'],
          version: task.version,
        })
        .expect(400);
      expect(fieldsOf(link.body)).toEqual(['evidenceLinks.0']);
    });

    it('for seqs and versions beyond what an integer column holds', async () => {
      const { board, task } = await supervisedTask();
      const events = await suite.admin.get(`/api/boards/${board.id}/events?after=2147483648`).expect(400);
      expect(fieldsOf(events.body)).toEqual(['after']);
      const history = await suite.admin.get(`/api/boards/${board.id}/history?before=2147483648`).expect(400);
      expect(fieldsOf(history.body)).toEqual(['before']);
      const update = await suite.admin
        .patch(`/api/tasks/${task.id}`, { title: 'x', version: 2147483648 })
        .expect(400);
      expect(fieldsOf(update.body)).toEqual(['version']);
      const deletion = await suite.admin.delete(`/api/tasks/${task.id}?version=2147483648`).expect(400);
      expect(fieldsOf(deletion.body)).toEqual(['version']);
      // The largest value an integer column holds is still a number the server can look up.
      await suite.admin.get(`/api/boards/${board.id}/events?after=2147483647`).expect(200);
    });

    it('for a history filter in the year 0', async () => {
      const { board } = await supervisedTask();
      const response = await suite.admin
        .get(`/api/boards/${board.id}/history?from=0000-01-01T00:00:00Z`)
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['from']);
    });
  });

  describe('a request without a body', () => {
    it('signs for a task as curl -X POST sends it, like an empty object does', async () => {
      const { task, member } = await supervisedTask();

      const signed = await postWithoutBody(member, `/api/tasks/${task.id}/acknowledge`);

      expect(signed.status).toBe(200);
      expect(signed.body as TaskView).toMatchObject({ acknowledgedById: member.user.id, version: 2 });
    });

    it('names the missing fields where some are required', async () => {
      const { task } = await supervisedTask();
      const response = await postWithoutBody(suite.admin, `/api/tasks/${task.id}/comments`);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['body']);
      // Content-Length: 0 (what fetch and Node send) is no body either.
      const empty = await suite.admin.post(`/api/tasks/${task.id}/comments`).expect(400);
      expect(fieldsOf(empty.body)).toEqual(['body']);
    });
  });

  describe('when the database refuses a value after all', () => {
    let errors: jest.SpyInstance;
    let warnings: jest.SpyInstance;
    beforeEach(() => {
      errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    /** Makes PostgreSQL refuse new departments whose name starts with `prefix`, with the given error code. */
    async function refuseDepartments(prefix: string, code: string): Promise<() => Promise<unknown>> {
      const { dataSource } = suite.testApp;
      await dataSource.query(`
        CREATE FUNCTION refuse_department() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'refused "%"', NEW.name USING ERRCODE = '${code}', DETAIL = NEW.name;
        END $$`);
      await dataSource.query(`
        CREATE TRIGGER refuse_department BEFORE INSERT ON departments FOR EACH ROW
        WHEN (NEW.name LIKE '${prefix}%') EXECUTE FUNCTION refuse_department()`);
      return () => dataSource.query('DROP FUNCTION refuse_department() CASCADE');
    }

    const logged = (spy: jest.SpyInstance) => inspect(spy.mock.calls, { depth: 10 });

    it('answers an unexpected error with a 500 and logs it without the values sent', async () => {
      const drop = await refuseDepartments('Forbidden', 'P0001');
      try {
        const secret = `Forbidden secret-${Date.now()}`;
        const response = await suite.admin.post('/api/departments', { name: secret }).expect(500);

        expect(response.body).toMatchObject({ code: 'internal_error', message: 'Internal server error' });
        expect(errors).toHaveBeenCalledTimes(1);
        expect(logged(errors)).toContain('QueryFailedError P0001');
        expect(logged(errors)).toContain('INSERT INTO "departments"');
        expect(logged(errors)).not.toContain('secret-');
      } finally {
        await drop();
      }
    });

    it('answers a value PostgreSQL finds too long with a 400, and warns without the value', async () => {
      const drop = await refuseDepartments('Too long', '22001');
      try {
        const response = await suite.admin
          .post('/api/departments', { name: 'Too long secret-1' })
          .expect(400);

        expect(response.body).toMatchObject({ code: 'validation_failed', details: [{ field: 'request' }] });
        expect(errors).not.toHaveBeenCalled();
        expect(logged(warnings)).toContain('QueryFailedError 22001');
        expect(logged(warnings)).not.toContain('secret-1');
      } finally {
        await drop();
      }
    });
  });
});
