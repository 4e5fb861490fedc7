import type { LiveSocket } from './live-socket';

/** Stands in for socket.io-client in specs: the test plays the server. */
export class FakeLiveSocket {
  private handlers = new Map<string, ((payload: unknown) => void)[]>();

  on(name: string, handler: (payload: unknown) => void) {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    return this;
  }

  off(name: string, handler: (payload: unknown) => void) {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((known) => known !== handler),
    );
    return this;
  }

  serverSends(name: string, payload?: unknown) {
    for (const handler of this.handlers.get(name) ?? []) handler(payload);
  }

  asLiveSocket(): LiveSocket {
    return this as unknown as LiveSocket;
  }
}

/** A refused handshake, as socket.io-client reports it on `connect_error`. */
export function refusal(message: string, data?: unknown): Error {
  return Object.assign(new Error(message), { data });
}
