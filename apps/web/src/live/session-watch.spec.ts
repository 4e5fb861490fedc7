import { FakeLiveSocket, refusal } from './fake-live-socket';
import { watchSession } from './session-watch';

describe('watchSession', () => {
  let socket: FakeLiveSocket;
  let signOut: jest.Mock;
  let stop: () => void;

  beforeEach(() => {
    socket = new FakeLiveSocket();
    signOut = jest.fn();
    stop = watchSession(socket.asLiveSocket(), signOut);
  });

  it('signs out when the server ends the session', () => {
    socket.serverSends('session:ended', { reason: 'expired' });
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('signs out when a reconnect is refused as unauthenticated', () => {
    const message = 'unauthenticated: This session has ended; sign in again';
    socket.serverSends('connect_error', refusal(message, { code: 'unauthenticated', message }));
    socket.serverSends('connect_error', refusal('unauthenticated: from an older server'));
    expect(signOut).toHaveBeenCalledTimes(2);
  });

  it('stays signed in when the socket is refused for another reason, or the network fails', () => {
    const message = 'rate_limited: Too many connections: at most 20 per user; close a tab and reload';
    socket.serverSends('connect_error', refusal(message, { code: 'rate_limited', message }));
    socket.serverSends('connect_error', refusal('websocket error'));
    expect(signOut).not.toHaveBeenCalled();
  });

  it('stops watching when asked', () => {
    stop();
    socket.serverSends('session:ended', { reason: 'signed_out' });
    expect(signOut).not.toHaveBeenCalled();
  });
});
