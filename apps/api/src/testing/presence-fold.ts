import {
  applyPresenceDelta,
  type PresenceDelta,
  type PresenceState,
  type PresenceViewer,
} from '@duban/contracts';

/** A presence message as a socket received it: a whole state, or (protocol version 2) a delta. */
export type PresenceMessage =
  { event: 'presence'; state: PresenceState } | { event: 'presence:delta'; delta: PresenceDelta };

/**
 * Folds a socket's presence messages into each board's viewers, as the web client does: a whole
 * `presence` replaces the board's list, a `presence:delta` is applied to it.
 */
export class PresenceFold {
  private readonly boards = new Map<string, PresenceViewer[]>();

  /** @returns the board's presence after the message */
  apply(message: PresenceMessage): PresenceState {
    const { boardId } = message.event === 'presence' ? message.state : message.delta;
    const viewers =
      message.event === 'presence'
        ? message.state.viewers
        : applyPresenceDelta(this.boards.get(boardId) ?? [], message.delta);
    this.boards.set(boardId, viewers);
    return this.state(boardId);
  }

  state(boardId: string): PresenceState {
    return { boardId, viewers: [...(this.boards.get(boardId) ?? [])] };
  }
}
