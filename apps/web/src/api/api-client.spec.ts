import { routes } from '@duban/contracts';
import { ApiError, call, routeUrl } from './api-client';

interface Sent {
  url: string;
  method: string | undefined;
  headers: Record<string, string>;
  body: unknown;
}

/** Answers every request with `status` and `body`, and records what was sent. */
function fakeFetch(status: number, body: unknown = null, statusText = ''): Sent[] {
  const sent: Sent[] = [];
  global.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method,
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    });
    return Promise.resolve({
      ok: status >= 200 && status < 300,
      status,
      statusText,
      json: () => (body === null ? Promise.reject(new SyntaxError('no body')) : Promise.resolve(body)),
    } as Response);
  }) as unknown as typeof fetch;
  return sent;
}

describe('routeUrl', () => {
  it('puts each path parameter in, URI-encoded, below /api', () => {
    expect(routeUrl(routes.updateComment, { params: { id: 'a/b?c' } })).toBe('/api/comments/a%2Fb%3Fc');
    expect(routeUrl(routes.listBoards)).toBe('/api/boards');
  });

  it('writes the query’s set fields in their order and leaves the unset ones out', () => {
    const url = routeUrl(routes.boardHistory, {
      params: { boardId: 'b-1' },
      query: { actorId: 'system', taskId: undefined, types: 'task.created,task.updated', before: 120 },
    });
    expect(url).toBe('/api/boards/b-1/history?actorId=system&types=task.created%2Ctask.updated&before=120');
    expect(routeUrl(routes.boardHistory, { params: { boardId: 'b-1' }, query: {} })).toBe(
      '/api/boards/b-1/history',
    );
  });
});

describe('call', () => {
  it('sends the route’s method, the token and the JSON body, and answers the JSON it gets back', async () => {
    const sent = fakeFetch(200, { id: 't-1', version: 3 });
    const task = await call(routes.moveTask, {
      token: 'token-1',
      params: { taskId: 't-1' },
      body: { status: 'done', afterTaskId: null, version: 2 },
    });
    expect(task).toEqual({ id: 't-1', version: 3 });
    expect(sent).toEqual([
      {
        url: '/api/tasks/t-1/move',
        method: 'POST',
        headers: {
          Accept: 'application/json',
          Authorization: 'Bearer token-1',
          'Content-Type': 'application/json',
        },
        body: { status: 'done', afterTaskId: null, version: 2 },
      },
    ]);
  });

  it('sends a query, no body and no token when there are none, and answers nothing on a 204', async () => {
    const sent = fakeFetch(204);
    await expect(
      call(routes.deleteTask, { params: { taskId: 't-1' }, query: { version: 7 } }),
    ).resolves.toBeUndefined();
    expect(sent).toEqual([
      {
        url: '/api/tasks/t-1?version=7',
        method: 'DELETE',
        headers: { Accept: 'application/json' },
        body: undefined,
      },
    ]);
  });

  it('throws the API’s error: status, message, code, field details, the current version and when to retry', async () => {
    fakeFetch(409, {
      statusCode: 409,
      message: 'Stale version',
      code: 'version_conflict',
      details: [{ field: 'version', message: 'is stale' }],
      current: { id: 't-1', version: 4 },
    });
    const conflict = await call(routes.getTask, { params: { taskId: 't-1' } }).catch(
      (error: unknown) => error,
    );
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({
      status: 409,
      message: 'Stale version',
      code: 'version_conflict',
      details: [{ field: 'version', message: 'is stale' }],
      current: { id: 't-1', version: 4 },
    });

    fakeFetch(429, { statusCode: 429, message: 'Too many attempts', retryAfterSeconds: 60 });
    await expect(call(routes.login, { body: { username: 'a', password: 'b' } })).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 60,
    });
  });

  it('falls back on the status text when the error has no JSON body', async () => {
    fakeFetch(502, null, 'Bad Gateway');
    await expect(call(routes.setup)).rejects.toMatchObject({
      status: 502,
      message: 'Bad Gateway',
      details: [],
    });
  });

  it('is typed by the route: its path parameters, body and query', () => {
    fakeFetch(200, {});
    const typeChecksOnly = () => [
      // @ts-expect-error: a task's path names taskId
      call(routes.getTask, { params: { id: 't-1' } }),
      // @ts-expect-error: a comment needs its body
      call(routes.createComment, { params: { taskId: 't-1' } }),
      // @ts-expect-error: deleting a task needs the version it deletes
      call(routes.deleteTask, { params: { taskId: 't-1' } }),
      // @ts-expect-error: a file is downloaded, not called
      call(routes.exportBoardHistory, { params: { boardId: 'b-1' } }),
    ];
    expect(typeChecksOnly).toBeInstanceOf(Function);
  });
});
