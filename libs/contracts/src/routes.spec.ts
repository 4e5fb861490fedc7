import { pathParamNames, routePath, type PathParams, type RouteResult } from './rest';
import { routes } from './routes';
import type { TaskView } from './tasks';

describe('the route table', () => {
  it('names each method and path once', () => {
    const keys = Object.values(routes).map((entry) => `${entry.method} ${entry.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers 204 exactly for the routes without a body to answer', () => {
    const mismatched = Object.entries(routes).filter(
      ([, entry]) => (entry.status === 204) !== (entry.response.kind === 'none'),
    );
    expect(mismatched.map(([name]) => name)).toEqual([]);
  });

  it('types path parameters and answers from the table', () => {
    const params: PathParams<typeof routes.updateComment.path> = { id: 'c-1' };
    const task: RouteResult<typeof routes.getTask> = { id: 't-1' } as TaskView;
    // @ts-expect-error: a comment's path names `id`, not `commentId`
    const wrong: PathParams<typeof routes.updateComment.path> = { commentId: 'c-1' };
    expect([params, task.id, wrong]).toBeDefined();
  });
});

describe('routePath', () => {
  it('fills each parameter, URI-encoded', () => {
    expect(routePath(routes.getTask, { taskId: 'a/b c?' })).toBe('/tasks/a%2Fb%20c%3F');
    expect(routePath(routes.verifyBoardAudit, { boardId: 'b-1' })).toBe('/boards/b-1/audit/verify');
    expect(routePath(routes.listBoards)).toBe('/boards');
  });

  it('refuses a path with a parameter left out', () => {
    expect(() => routePath(routes.getTask, {})).toThrow(
      'No value for the path parameter taskId of /tasks/:taskId',
    );
  });

  it('lists the parameter names in order', () => {
    expect(pathParamNames(routes.createTask)).toEqual(['boardId']);
    expect(pathParamNames({ path: '/a/:first/b/:second' })).toEqual(['first', 'second']);
  });
});
