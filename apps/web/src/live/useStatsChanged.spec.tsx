import type { StatsChangedNotice } from '@duban/contracts';
import { render } from '@testing-library/react';
import { FakeLiveSocket } from './fake-live-socket';
import { LiveSocketContext } from './live-socket-context';
import { MISSED_WHILE_AWAY, useStatsChanged } from './useStatsChanged';

/** The fake socket, also recording what the client sends; `connected` as the test sets it. */
class WatchedSocket extends FakeLiveSocket {
  connected = true;
  sent: [string, unknown][] = [];

  emit(name: string, payload: unknown) {
    this.sent.push([name, payload]);
    return this;
  }

  reconnect() {
    this.connected = true;
    this.serverSends('connect');
  }
}

function Dashboard({ onChange }: { onChange: (notice: StatsChangedNotice) => void }) {
  useStatsChanged(onChange);
  return null;
}

describe('useStatsChanged', () => {
  let socket: WatchedSocket;
  let notices: StatsChangedNotice[];
  const dashboard = (onChange = (notice: StatsChangedNotice) => void notices.push(notice)) => (
    <LiveSocketContext value={socket.asLiveSocket()}>
      <Dashboard onChange={onChange} />
    </LiveSocketContext>
  );

  beforeEach(() => {
    socket = new WatchedSocket();
    notices = [];
  });

  it('watches on mount, passes the notices on, and unwatches on unmount', () => {
    const { unmount } = render(dashboard());
    expect(socket.sent).toEqual([['dashboard:watch', {}]]);

    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 7 });
    socket.serverSends('stats:changed', { boardId: 'board-2', seq: 3 });
    expect(notices).toEqual([
      { boardId: 'board-1', seq: 7 },
      { boardId: 'board-2', seq: 3 },
    ]);

    unmount();
    expect(socket.sent.at(-1)).toEqual(['dashboard:unwatch', {}]);
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 8 });
    expect(notices).toHaveLength(2);
  });

  it('watches again after every reconnect and asks for a refetch of everything missed meanwhile', () => {
    render(dashboard());
    socket.connected = false;
    socket.serverSends('disconnect');
    socket.reconnect();
    socket.connected = false;
    socket.reconnect();
    expect(socket.sent).toEqual([
      ['dashboard:watch', {}],
      ['dashboard:watch', {}],
      ['dashboard:watch', {}],
    ]);
    expect(notices).toEqual([MISSED_WHILE_AWAY, MISSED_WHILE_AWAY]);
    expect(MISSED_WHILE_AWAY).toEqual({ boardId: '*', seq: -1 });
  });

  it('waits for the first connect when mounted offline, and sends nothing on unmount while offline', () => {
    socket.connected = false;
    const { unmount } = render(dashboard());
    expect(socket.sent).toEqual([]);
    socket.reconnect();
    expect(socket.sent).toEqual([['dashboard:watch', {}]]);
    socket.connected = false;
    unmount();
    expect(socket.sent).toEqual([['dashboard:watch', {}]]);
  });

  it('passes on a board that is no longer visible, and always calls the latest callback', () => {
    const later: StatsChangedNotice[] = [];
    const { rerender } = render(dashboard());
    rerender(dashboard((notice) => void later.push(notice)));
    socket.serverSends('board:revoked', { boardId: 'board-9' });
    expect(later).toEqual([{ boardId: 'board-9', seq: -1 }]);
    expect(notices).toEqual([]);
    expect(socket.sent).toEqual([['dashboard:watch', {}]]);
  });
});
