import { PROTOCOL_VERSION, type ConnectErrorData } from '@duban/contracts';
import { connectSocket, joinBoard, type ClientSocket } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

type ConnectError = Error & { data?: ConnectErrorData };

/** The error a refused handshake rejects with. */
async function refusalOf(connecting: Promise<ClientSocket>): Promise<ConnectError> {
  const outcome = await connecting.then(
    (socket) => {
      socket.close();
      return null;
    },
    (error: unknown) => error as ConnectError,
  );
  if (outcome === null) throw new Error('the handshake was accepted');
  return outcome;
}

describe('A socket must speak a protocol version the server speaks', () => {
  const suite = useTestApp();
  const { connect, open } = useLiveSockets(suite);

  it('connects a client of the same version', async () => {
    const member = await suite.factory.user('member');
    // The test kit's sockets send this build's PROTOCOL_VERSION, as the web client does.
    const { socket } = await connect(member);

    expect(await joinBoard(socket, (await suite.factory.board()).id)).toMatchObject({ ok: true });
  });

  it('still connects a client of version 1, built before presence came as deltas', async () => {
    const member = await suite.factory.user('member');
    const socket = await connectSocket(suite.testApp.url, member.token, 1);
    open.push(socket);

    expect(await joinBoard(socket, (await suite.factory.board()).id)).toMatchObject({ ok: true });
  });

  it('refuses a client of a version it does not speak with protocol_mismatch, telling it to reload', async () => {
    const member = await suite.factory.user('member');

    const error = await refusalOf(connectSocket(suite.testApp.url, member.token, PROTOCOL_VERSION + 1));

    expect(error.message).toMatch(/^protocol_mismatch: /);
    expect(error.data).toEqual({
      code: 'protocol_mismatch',
      message: expect.stringContaining('reload the page') as unknown,
    });
    expect(error.data?.message).toContain(`protocol version ${PROTOCOL_VERSION}`);
  });

  it('refuses a client that sends no version, even with a valid token', async () => {
    const member = await suite.factory.user('member');

    const error = await refusalOf(connectSocket(suite.testApp.url, member.token, null));

    expect(error.data?.code).toBe('protocol_mismatch');
  });

  it('checks the version before the token: an outdated page is told to reload, not to sign in', async () => {
    const error = await refusalOf(connectSocket(suite.testApp.url, 'not-a-token', 0));

    expect(error.data?.code).toBe('protocol_mismatch');
  });
});
