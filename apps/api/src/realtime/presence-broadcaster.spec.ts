import type { PresenceState } from '@duban/contracts';
import { PresenceBroadcaster, PRESENCE_INTERVAL_MS } from './presence-broadcaster';
import { PresenceService } from './presence.service';
import type { DubanServer } from './socket-types';

/** Stands in for the Socket.IO server: records the presence each room was sent. */
function recordingServer() {
  const sent: { room: string; state: PresenceState }[] = [];
  const server = {
    to: (room: string) => ({ emit: (_name: string, state: PresenceState) => sent.push({ room, state }) }),
  } as unknown as DubanServer;
  return { server, sent };
}

describe('PresenceBroadcaster', () => {
  const li = { userId: 'u-li', displayName: 'Li' };
  let broadcaster: PresenceBroadcaster;
  let presence: PresenceService;
  let sent: { room: string; state: PresenceState }[];

  beforeEach(() => {
    jest.useFakeTimers();
    presence = new PresenceService();
    broadcaster = new PresenceBroadcaster(presence);
    const recording = recordingServer();
    sent = recording.sent;
    broadcaster.attach(recording.server);
  });

  afterEach(() => {
    broadcaster.onModuleDestroy();
    jest.useRealTimers();
  });

  it('sends the first change of a quiet board at once', () => {
    presence.join('board', 'tab-1', li);
    broadcaster.changed('board');

    expect(sent).toEqual([{ room: 'board:board', state: presence.state('board') }]);
  });

  it('sends a burst of changes as one message carrying the last state, at the end of the interval', () => {
    presence.join('board', 'tab-1', li);
    broadcaster.changed('board');
    for (let index = 0; index < 1000; index++) {
      presence.setTask('board', 'tab-1', `task-${index}`, 'editing');
      broadcaster.changed('board');
    }
    expect(sent).toHaveLength(1);

    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.state.viewers).toEqual([
      { ...li, task: { taskId: 'task-999', activity: 'editing' }, editingTaskId: 'task-999' },
    ]);

    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS * 10);
    expect(sent).toHaveLength(2);
  });

  it('coalesces each board on its own', () => {
    broadcaster.changed('board-a');
    broadcaster.changed('board-b');
    broadcaster.changed('board-a');

    expect(sent.map((message) => message.room)).toEqual(['board:board-a', 'board:board-b']);
    jest.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(sent.map((message) => message.room)).toEqual(['board:board-a', 'board:board-b', 'board:board-a']);
  });
});
