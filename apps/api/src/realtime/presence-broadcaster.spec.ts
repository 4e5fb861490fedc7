import { applyPresenceDelta, type PresenceDelta, type PresenceState } from '@duban/contracts';
import { PresenceBroadcaster, PRESENCE_INTERVAL_MS } from './presence-broadcaster';
import { PresenceService } from './presence.service';
import { presenceRoom, type DubanServer, type DubanSocket } from './socket-types';
import type { AppConfig } from '../config/app-config';

type Sent =
  | { room: string; event: 'presence'; payload: PresenceState }
  | { room: string; event: 'presence:delta'; payload: PresenceDelta };

/** Stands in for the Socket.IO server: records what each room was sent; `occupied` rooms have sockets. */
function recordingServer(occupied: string[]) {
  const sent: Sent[] = [];
  const to = (room: string) => ({
    emit: (event: Sent['event'], payload: PresenceState & PresenceDelta) =>
      sent.push({ room, event, payload }),
  });
  const rooms = new Map(occupied.map((room) => [room, new Set(['a-socket'])]));
  const server = { local: { to }, sockets: { adapter: { rooms } } } as unknown as DubanServer;
  return { server, sent };
}

/** A socket of the protocol version, recording what it is sent alone. */
function socketOf(protocolVersion: 1 | 2) {
  const received: PresenceState[] = [];
  const socket = {
    data: { protocolVersion },
    emit: (_event: 'presence', state: PresenceState) => received.push(state),
  } as unknown as DubanSocket;
  return { socket, received };
}

describe('PresenceBroadcaster', () => {
  const li = { userId: 'u-li', displayName: 'Li' };
  const wang = { userId: 'u-wang', displayName: 'Wang' };
  let broadcaster: PresenceBroadcaster;
  let presence: PresenceService;
  let sent: Sent[];

  beforeEach(() => {
    jest.useFakeTimers();
    presence = new PresenceService();
    broadcaster = new PresenceBroadcaster(presence, { redisUrl: null } as AppConfig);
    const occupied = ['board', 'board-a', 'board-b'].map((boardId) => presenceRoom(boardId, 1));
    const recording = recordingServer(occupied);
    sent = recording.sent;
    broadcaster.attach(recording.server);
  });

  afterEach(() => {
    broadcaster.onModuleDestroy();
    jest.useRealTimers();
  });

  const sentTo = (version: 1 | 2) => sent.filter(({ room }) => room === presenceRoom('board', version));

  it('sends the first change of a quiet board at once: the whole state to version 1, a delta to version 2', () => {
    presence.join('board', 'tab-1', li);
    broadcaster.changed('board');

    expect(sent).toEqual([
      { room: 'presence:1:board', event: 'presence', payload: presence.state('board') },
      {
        room: 'presence:2:board',
        event: 'presence:delta',
        payload: { boardId: 'board', viewers: presence.state('board').viewers, left: [] },
      },
    ]);
  });

  it('sends a burst of changes as one message carrying the last state, at the end of the interval', () => {
    presence.join('board', 'tab-1', li);
    broadcaster.changed('board');
    for (let index = 0; index < 1000; index++) {
      presence.setTask('board', 'tab-1', `task-${index}`, 'editing');
      broadcaster.changed('board');
    }
    expect(sentTo(1)).toHaveLength(1);
    expect(sentTo(2)).toHaveLength(1);

    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    const last = { ...li, task: { taskId: 'task-999', activity: 'editing' }, editingTaskId: 'task-999' };
    expect(sentTo(1).map(({ payload }) => payload.viewers)).toEqual([
      [{ ...li, task: null, editingTaskId: null }],
      [last],
    ]);
    expect(sentTo(2)[1]?.payload).toEqual({ boardId: 'board', viewers: [last], left: [] });

    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS * 10);
    expect(sent).toHaveLength(4);
  });

  it('sends version 2 no delta when the interval ends where it began', () => {
    presence.join('board', 'tab-1', li);
    broadcaster.changed('board');
    presence.setTask('board', 'tab-1', 'task-1', 'viewing');
    broadcaster.changed('board');
    presence.setTask('board', 'tab-1', null, 'viewing');
    broadcaster.changed('board');

    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sentTo(1)).toHaveLength(2);
    expect(sentTo(2)).toHaveLength(1);
  });

  it('greets a version 2 socket with what its room was last sent, which the next delta brings up to date', () => {
    presence.join('board', 'tab-li', li);
    broadcaster.changed('board');
    // Within the interval: Wang comes and goes, Li opens a task; then Chen's socket joins.
    presence.join('board', 'tab-wang', wang);
    broadcaster.changed('board');
    presence.setTask('board', 'tab-li', 'task-1', 'viewing');
    broadcaster.changed('board');
    const chen = socketOf(2);
    broadcaster.greet(chen.socket, 'board');
    presence.leave('board', 'tab-wang');
    broadcaster.changed('board');

    expect(chen.received).toEqual([{ boardId: 'board', viewers: [sentTo(2)[0]?.payload.viewers[0]] }]);
    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    const delta = sentTo(2).at(-1)?.payload as PresenceDelta;
    expect(applyPresenceDelta(chen.received[0]!.viewers, delta)).toEqual(presence.state('board').viewers);
  });

  it('greets a version 1 socket with nothing: the next whole state is for it too', () => {
    const old = socketOf(1);
    broadcaster.greet(old.socket, 'board');
    expect(old.received).toEqual([]);
  });

  it('does not encode whole states for a board without version 1 sockets', () => {
    presence.join('board-c', 'tab-1', li);
    broadcaster.changed('board-c');

    expect(sent.map(({ room, event }) => `${event} → ${room}`)).toEqual([
      'presence:delta → presence:2:board-c',
    ]);
  });

  it('coalesces each board on its own', () => {
    broadcaster.changed('board-a');
    broadcaster.changed('board-b');
    broadcaster.changed('board-a');

    const rooms = () => sent.map((message) => message.room);
    expect(rooms()).toEqual(['presence:1:board-a', 'presence:1:board-b']);
    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(rooms()).toEqual(['presence:1:board-a', 'presence:1:board-b', 'presence:1:board-a']);
  });
});
