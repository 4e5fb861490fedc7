import { ATTACHMENT_FILE_FIELD, canSeeBoard } from '@duban/contracts';
import request from 'supertest';
import { joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';
import {
  ACCESS_MATRIX,
  BODY_VARIANTS,
  type CaseContext,
  type GuardedRoute,
  type Verdict,
} from './access-matrix';
import { AccessWorld, type BoardKind } from './access-world';
import { fillPath, loadApiRoutes, servedRouteKeys } from './openapi-routes';

const EXPECTED_STATUS: Record<Exclude<Verdict, 'allowed'>, number> = { forbidden: 403, not_found: 404 };

function matches(verdict: Verdict, status: number): boolean {
  return verdict === 'allowed' ? status >= 200 && status < 300 : status === EXPECTED_STATUS[verdict];
}

const guardedRoutes = Object.entries(ACCESS_MATRIX).filter(
  (entry): entry is [string, GuardedRoute] => entry[1] !== 'public',
);

describe('Authorization matrix: every role × route × department × board, against the access policy', () => {
  const suite = useTestApp();
  const live = useLiveSockets(suite);
  let world: AccessWorld;

  beforeAll(async () => {
    world = await AccessWorld.create(suite.admin, suite.factory);
  });

  it('lists every route of the app, and only those', async () => {
    const routes = (await loadApiRoutes(suite.testApp.url)).map((route) => route.key);
    const missing = routes.filter((key) => !(key in ACCESS_MATRIX));
    const gone = Object.keys(ACCESS_MATRIX).filter((key) => !routes.includes(key));
    expect(missing.map((key) => `${key}: add it to the authorization matrix (access-matrix.ts)`)).toEqual([]);
    expect(gone.map((key) => `${key}: no such route any more; remove it from the matrix`)).toEqual([]);
    // The document is where the matrix reads the routes from: a route left out of it would escape both.
    const served = servedRouteKeys(suite.testApp.app);
    expect(served).toContain('GET /api/health');
    const undocumented = served.filter((key) => !routes.includes(key));
    expect(undocumented.map((key) => `${key}: served but not in the OpenAPI document`)).toEqual([]);
  });

  it('refuses every non-public route without a token (401), and lets public ones answer without one', async () => {
    const statuses = await Promise.all(
      Object.keys(ACCESS_MATRIX).map(async (key) => {
        const [method, template] = key.split(' ') as [string, string];
        const path = template.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await request(suite.testApp.url)[method.toLowerCase() as 'get'](path);
        const unauthenticated = response.status === 401;
        return `${key}: ${unauthenticated ? 'unauthenticated' : 'answered'}`;
      }),
    );
    expect(statuses).toEqual(
      Object.entries(ACCESS_MATRIX).map(
        ([key, entry]) => `${key}: ${entry === 'public' ? 'answered' : 'unauthenticated'}`,
      ),
    );
  });

  it.each(guardedRoutes)('%s answers as the policy says', async (key, entry) => {
    const boards: BoardKind[] = entry.scope === 'board' ? ['open', 'restricted'] : ['open'];
    const mismatches: string[] = [];
    for (const actor of world.actors) {
      for (const board of boards) {
        const result = await runCase(key, entry, { world, actor, board });
        if (result) mismatches.push(`${actor.label}, ${board} board: ${result}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(BODY_VARIANTS)('%s (%s) answers as the policy says', async (_variant, key, entry) => {
    const mismatches: string[] = [];
    for (const actor of world.actors) {
      for (const board of ['open', 'restricted'] as const) {
        const result = await runCase(key, entry, { world, actor, board });
        if (result) mismatches.push(`${actor.label}, ${board} board: ${result}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('admits to a board room (board:join) exactly the users the policy lets see the board', async () => {
    const mismatches: string[] = [];
    for (const actor of world.actors) {
      const { socket } = await live.connect(actor.client);
      for (const board of ['open', 'restricted'] as const) {
        const expected = canSeeBoard(actor.user, world.boards[board]) ? 'admitted' : 'not_found';
        const result = await joinBoard(socket, world.boards[board].id);
        const outcome = result.ok ? 'admitted' : result.error.code;
        if (outcome !== expected)
          mismatches.push(`${actor.label}, ${board} board: ${outcome}, policy says ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  /** Calls the route as the case says; a description of the mismatch, or null when it matches the policy. */
  async function runCase(key: string, entry: GuardedRoute, context: CaseContext): Promise<string | null> {
    const [method, template] = key.split(' ') as [string, string];
    const call = await entry.call(context);
    const client = call.as ?? context.actor.client;
    const expected = entry.rule({
      user: client.user,
      board: context.world.boards[context.board],
      task: call.task,
      comment: call.comment,
      notification: call.notification,
      attachment: call.attachment,
    });
    const path = `${fillPath(template, call.params ?? {})}${call.query ?? ''}`;
    const sent = request(suite.testApp.url)
      [method.toLowerCase() as 'get'](path)
      .set('Authorization', `Bearer ${client.token}`);
    const response = call.upload
      ? await sent.attach(ATTACHMENT_FILE_FIELD, call.upload.bytes, {
          filename: call.upload.name,
          contentType: call.upload.contentType,
        })
      : await sent.send(call.body);
    if (matches(expected, response.status)) return null;
    const message = (response.body as { message?: string }).message ?? '';
    return `policy says ${expected}, got ${response.status} ${message}`;
  }
});
