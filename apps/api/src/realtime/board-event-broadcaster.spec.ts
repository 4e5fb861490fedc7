import type { BoardEvent } from '@duban/contracts';
import { BoardEventBus } from '../board-events/board-event-bus';
import type { BoardEventsService } from '../board-events/board-events.service';
import type { AppConfig } from '../config/app-config';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import type { BoardRooms } from './board-rooms.service';
import type { DubanServer } from './socket-types';

const BOARD = 'board-1';

function event(seq: number): BoardEvent {
  return {
    boardId: BOARD,
    seq,
    type: 'task.deleted',
    actorId: 'user-1',
    at: '2021-04-21T00:00:00.000Z',
    data: { id: `t${seq}` },
    changes: [],
  };
}

/** One process: no Redis, no other process to tell. */
const oneProcess = { redisUrl: null } as AppConfig;

/** These events change no board's access: nobody is taken out of a room. */
const noRevocations = {} as BoardRooms;

/** Stands in for the Socket.IO server: records what each room was sent. */
function recordingServer() {
  const sent: number[] = [];
  const room = { emit: (_name: string, payload: BoardEvent) => sent.push(payload.seq) };
  const server = { local: { to: () => room }, on: () => undefined } as unknown as DubanServer;
  return { server, sent };
}

/** The committed log the broadcaster reads back when an event is missing. */
function committedLog(events: BoardEvent[]) {
  return {
    eventsAfter: (_boardId: string, after: number, limit: number) =>
      Promise.resolve(events.filter((candidate) => candidate.seq > after).slice(0, limit)),
  } as unknown as BoardEventsService;
}

describe('BoardEventBroadcaster', () => {
  let broadcaster: BoardEventBroadcaster | undefined;

  // The broadcaster waits a moment for a missing event before reading it from the log: the clock is ours.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    broadcaster?.onModuleDestroy();
    jest.useRealTimers();
  });

  it('sends events in seq order even when commits are reported out of order', async () => {
    const bus = new BoardEventBus();
    const { server, sent } = recordingServer();
    broadcaster = new BoardEventBroadcaster(bus, committedLog([]), noRevocations, oneProcess);
    broadcaster.attach(server);

    bus.publish(event(1));
    bus.publish(event(3));
    bus.publish(event(2));
    bus.publish(event(2));

    expect(sent).toEqual([1, 2, 3]);
    // Nothing was missing, so no read of the log is pending that could send anything twice.
    expect(jest.getTimerCount()).toBe(0);
    await jest.runAllTimersAsync();
    expect(sent).toEqual([1, 2, 3]);
  });

  it('reads an event that never reached it from the log, so clients see no gap', async () => {
    const bus = new BoardEventBus();
    const { server, sent } = recordingServer();
    broadcaster = new BoardEventBroadcaster(
      bus,
      committedLog([event(1), event(2), event(3)]),
      noRevocations,
      oneProcess,
    );
    broadcaster.attach(server);

    bus.publish(event(1));
    bus.publish(event(3));
    expect(sent).toEqual([1]);

    // Within the grace period event 2 may still arrive on its own: nothing is read from the log yet.
    await jest.advanceTimersByTimeAsync(99);
    expect(sent).toEqual([1]);

    await jest.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([1, 2, 3]);
  });
});
