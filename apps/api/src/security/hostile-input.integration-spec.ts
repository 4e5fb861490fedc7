import fc from 'fast-check';
import request from 'supertest';
import type { Socket } from 'socket.io-client';
import { ApiClient } from '../testing/api-client';
import { joinBoard, type ClientSocket } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp, type TestSuite } from '../testing/use-test-app';
import {
  edgeRequests,
  hostileRequests,
  send,
  type Caller,
  type HostileRequest,
  type IdPool,
} from './hostile-requests';
import {
  emitHostile,
  hostileEmits,
  isProtocolAck,
  SOCKET_MESSAGES,
  type HostileEmit,
  type SocketMessage,
} from './hostile-socket-messages';
import { FACTORY_PASSWORD } from './access-world';
import { loadApiRoutes, type ApiRoute } from './openapi-routes';

/** Runs per route and per socket message: enough to meet every mutation kind, small enough for a 2-core CI. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 50);
const EMITS_PER_SOCKET = 8;
const SEED = process.env.HOSTILE_SEED === undefined ? undefined : Number(process.env.HOSTILE_SEED);

/** Routes that may end the callers' sessions or lock sign-in: fuzzed last, so they cannot starve the rest. */
const LAST = [/\/auth\/logout$/, /\/me\/password$/, /\/auth\/login$/];
const order = (route: ApiRoute) => LAST.findIndex((pattern) => pattern.test(route.path)) + 1;

interface World {
  pool: IdPool;
  member: ApiClient;
  callers: Caller[];
}

/** Admin and member callers with the given sessions, plus no token and a forged one. */
function callersOf(admin: ApiClient, member: ApiClient): Caller[] {
  return [
    { label: 'admin', token: admin.token, weight: 4 },
    { label: 'member', token: member.token, weight: 3 },
    { label: 'anonymous', token: null, weight: 1 },
    { label: 'forged token', token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.', weight: 1 },
  ];
}

/** Real things to aim at: open and restricted boards, tasks, a comment, a notification, spare users. */
async function buildWorld({ admin, factory }: TestSuite): Promise<World> {
  const own = await factory.department();
  const other = await factory.department();
  const member = await factory.user('member', own.id);
  const spareUser = await factory.user('member', other.id);
  const boards = [
    await factory.board(),
    await factory.board({ departmentIds: [own.id] }),
    await factory.board({ departmentIds: [other.id] }),
  ];
  const tasks = await Promise.all(
    boards.map((board) => factory.task(board.id, { leadDepartmentId: own.id })),
  );
  const mention = `@${member.user.username} please look`;
  const comment = await admin.post(`/api/tasks/${tasks[0]!.id}/comments`, { body: mention }).expect(201);
  const notifications = await member.get('/api/notifications').expect(200);
  return {
    member,
    pool: {
      boards: boards.map((board) => board.id),
      tasks: tasks.map((task) => task.id),
      comments: [comment.body.id],
      // Never the callers themselves: a fuzzed PATCH must not lock the fuzzer out.
      users: [spareUser.user.id],
      departments: [other.id],
      notifications: notifications.body.items.map((item: { id: string }) => item.id),
    },
    callers: callersOf(admin, member),
  };
}

function describeRequest(hostile: HostileRequest): string {
  const body = hostile.body
    ? `${hostile.body.contentType} ${JSON.stringify(hostile.body.text.slice(0, 300))}`
    : '';
  return `${hostile.caller.label}: ${hostile.method.toUpperCase()} ${hostile.path.slice(0, 300)} ${body}`;
}

describe('Hostile input never gets a 5xx or stops the server', () => {
  const suite = useTestApp();
  let world: World;

  beforeAll(async () => {
    world = await buildWorld(suite);
  });

  async function signInAgain(member: ApiClient): Promise<Caller[]> {
    const admin = await ApiClient.loginAdmin(suite.testApp.url);
    return callersOf(admin, await ApiClient.login(suite.testApp.url, member.user.username, FACTORY_PASSWORD));
  }

  async function expectHealthy(): Promise<void> {
    await request(suite.testApp.url).get('/api/health').expect(200);
  }

  describe('socket messages', () => {
    const live = useLiveSockets(suite);
    const connect = async (client: ApiClient): Promise<ClientSocket> => (await live.connect(client)).socket;

    /**
     * A new socket, on the first board, every few emits: the per-socket rate limits (board:join 20 per 10 s,
     * presence:editing 10 per second) would otherwise answer most of them `rate_limited`.
     */
    function rotatingSocket(): () => Promise<Socket> {
      let socket: Socket | undefined;
      let emits = 0;
      return async () => {
        if (!socket || emits++ % EMITS_PER_SOCKET === 0 || !socket.connected) {
          socket?.close();
          const fresh = await connect(world.member);
          await joinBoard(fresh, world.pool.boards![0]!);
          // Untyped: the fuzzer sends what the protocol types would not let a client send.
          socket = fresh;
        }
        return socket;
      };
    }

    it.each(Object.keys(SOCKET_MESSAGES) as SocketMessage[])(
      'acks %s with the protocol shape, whatever the payload, and keeps serving',
      async (message) => {
        const nextSocket = rotatingSocket();
        const acks: unknown[] = [];
        const details = await fc.check(
          fc.asyncProperty(hostileEmits(message, world.pool), async (emit) => {
            const socket = await nextSocket();
            const outcome = await emitHostile(socket, emit);
            if (outcome.kind === 'no-ack' && socket.connected) throw new Error(`no ack (${outcome.reason})`);
            if (outcome.kind !== 'ack') return;
            if (!isProtocolAck(outcome.value)) {
              throw new Error(`ack outside the protocol: ${JSON.stringify(outcome.value)}`);
            }
            acks.push(outcome.value);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true, examples: [[validEmit(message)]] },
        );
        expect(details.failed ? failureMessage(details) : 'no failure').toBe('no failure');
        // The fuzzing reached the handler's success path, not only its refusals.
        expect(acks).toContainEqual(expect.objectContaining({ ok: true }));

        // The server still admits a new socket to a board after all that.
        const fresh = await connect(world.member);
        expect(await joinBoard(fresh, world.pool.boards![0]!)).toMatchObject({ ok: true });
        await expectHealthy();
      },
    );

    /** A well-formed emit of the message, on the first board (which the rotating socket has joined). */
    function validEmit(message: SocketMessage): HostileEmit {
      const boardId = world.pool.boards![0]!;
      const payloads: Record<SocketMessage, object> = {
        'board:join': { boardId },
        'board:leave': { boardId },
        'presence:editing': { boardId, taskId: world.pool.tasks![0]! },
        'dashboard:watch': {},
        'dashboard:unwatch': {},
      };
      return { message, args: [payloads[message]], withAck: true };
    }
  });

  // Last: the fuzzing of sign-out and password routes may end the callers' sessions.
  it('answers every REST route below 500 for generated hostile requests', async () => {
    const routes = (await loadApiRoutes(suite.testApp.url)).sort((a, b) => order(a) - order(b));
    const failures: string[] = [];
    for (const route of routes) {
      // Fuzzing sign-out may have ended the sessions: the routes after it get new ones.
      if (order(route) > 1) world.callers = await signInAgain(world.member);
      const details = await fc.check(
        fc.asyncProperty(hostileRequests(route, world.pool, world.callers), async (hostile) => {
          const response = await send(suite.testApp.url, hostile);
          if (response.status >= 500) {
            throw new Error(
              `${response.status} ${JSON.stringify(response.body)} for ${describeRequest(hostile)}`,
            );
          }
        }),
        {
          numRuns: RUNS,
          seed: SEED,
          endOnFailure: true,
          examples: edgeRequests(route, world.pool, world.callers[0]!).map((edge) => [edge]),
        },
      );
      if (details.failed) failures.push(`${route.key}: ${failureMessage(details)}`);
      await expectHealthy();
    }
    expect(failures).toEqual([]);
  });
});

function failureMessage<T>(details: fc.RunDetails<T>): string {
  const error =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${error.slice(0, 800)} (seed ${details.seed}, path ${details.counterexamplePath})`;
}
