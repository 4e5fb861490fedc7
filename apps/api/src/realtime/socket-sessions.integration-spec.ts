import { ApiClient } from '../testing/api-client';
import { connectSocket, joinBoard } from '../testing/socket-client';
import { useLiveSockets } from '../testing/use-live-sockets';
import { useTestApp } from '../testing/use-test-app';

/** The session a token belongs to (its `sid` claim). */
function sessionIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
    sid: string;
  };
  return payload.sid;
}

describe('A live socket lasts only as long as its session', () => {
  const suite = useTestApp();
  const { connect } = useLiveSockets(suite);

  /** Time passes for the session: it now runs out `ms` from now. */
  async function sessionRunsOutIn(client: ApiClient, ms: number): Promise<void> {
    await suite.testApp.dataSource.query(
      `UPDATE sessions SET "expiresAt" = now() + make_interval(secs => $2) WHERE id = $1`,
      [sessionIdOf(client.token), ms / 1000],
    );
  }

  it('ends a socket when its token expires, and refuses it afterwards', async () => {
    const member = await suite.factory.user('member');
    await sessionRunsOutIn(member, 1500);
    const { socket, recorder } = await connect(member);
    expect(await joinBoard(socket, (await suite.factory.board()).id)).toMatchObject({ ok: true });

    await recorder.waitForDisconnect(5000);

    expect(recorder.sessionEnded).toEqual(['expired']);
    expect(recorder.disconnectReason).toBe('io server disconnect');
    await expect(connectSocket(suite.testApp.url, member.token)).rejects.toThrow(/^unauthenticated/);
  });

  it('checks the session again on every join: an ended session joins nothing', async () => {
    const member = await suite.factory.user('member');
    const { socket, recorder } = await connect(member);
    const board = await suite.factory.board();
    // The session ends without the sockets hearing of it (as if by another API process).
    await suite.testApp.dataSource.query(`UPDATE sessions SET "endedAt" = now() WHERE id = $1`, [
      sessionIdOf(member.token),
    ]);

    expect(await joinBoard(socket, board.id, 0)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    await recorder.waitForDisconnect();
    expect(recorder.sessionEnded).toEqual(['revoked']);
  });

  it('ends the sockets of a session that signs out, and only those', async () => {
    const member = await suite.factory.user('member');
    const otherDevice = await ApiClient.login(suite.testApp.url, member.user.username, 'password-1234');
    const signingOut = await connect(member);
    const staying = await connect(otherDevice);

    await member.post('/api/auth/logout').expect(204);
    await signingOut.recorder.waitForDisconnect();

    expect(signingOut.recorder.sessionEnded).toEqual(['signed_out']);
    expect(staying.socket.connected).toBe(true);
    expect(await joinBoard(staying.socket, (await suite.factory.board()).id)).toMatchObject({ ok: true });
  });

  it('ends every socket of a user whose password an administrator resets', async () => {
    const member = await suite.factory.user('member');
    const otherDevice = await ApiClient.login(suite.testApp.url, member.user.username, 'password-1234');
    const first = await connect(member);
    const second = await connect(otherDevice);

    await suite.admin.patch(`/api/users/${member.user.id}`, { password: 'new-password-5678' }).expect(200);
    await first.recorder.waitForDisconnect();
    await second.recorder.waitForDisconnect();

    expect(first.recorder.sessionEnded).toEqual(['revoked']);
    expect(second.recorder.sessionEnded).toEqual(['revoked']);
  });

  it('ends the sockets of a deactivated account and refuses new ones', async () => {
    const member = await suite.factory.user('member');
    const { socket, recorder } = await connect(member);
    const board = await suite.factory.board();
    expect(await joinBoard(socket, board.id)).toMatchObject({ ok: true });

    await suite.admin.patch(`/api/users/${member.user.id}`, { active: false }).expect(200);
    await recorder.waitForDisconnect();

    expect(recorder.sessionEnded).toEqual(['revoked']);
    await expect(connectSocket(suite.testApp.url, member.token)).rejects.toThrow(/^unauthenticated/);
  });
});
