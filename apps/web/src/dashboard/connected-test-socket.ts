import { FakeLiveSocket } from '../live/fake-live-socket';

/**
 * For the dashboard's specs: a fake socket that records what the client emits and can be dropped and
 * connected again, as socket.io-client's is (`connected`, `active`, `connect()`).
 */
export class ConnectedTestSocket extends FakeLiveSocket {
  connected = true;
  active = true;
  emitted: string[] = [];
  connects = 0;

  emit(name: string) {
    this.emitted.push(name);
    return this;
  }

  connect() {
    this.connects += 1;
    return this;
  }

  /** The server ends the connection (`io server disconnect`: socket.io-client will not retry by itself). */
  serverDrops() {
    this.connected = false;
    this.active = false;
    this.serverSends('disconnect', 'io server disconnect');
  }

  /** The connection is back. */
  reconnected() {
    this.connected = true;
    this.active = true;
    this.serverSends('connect');
  }
}
