import { FakeLiveSocket, refusal } from './fake-live-socket';
import { PROTOCOL_RELOAD_KEY, watchProtocol } from './protocol-watch';

const MISMATCH = 'protocol_mismatch: The server speaks protocol version 2; reload the page';

/** The tab's sessionStorage: it outlives a reload. */
class TabStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('watchProtocol', () => {
  let reload: jest.Mock;
  let storage: TabStorage;

  beforeEach(() => {
    storage = new TabStorage();
    reload = jest.fn();
  });

  /** A page load: a new socket, watched, that the server refuses as another version. */
  function loadPageRefusedAsOutdated(): FakeLiveSocket {
    const socket = new FakeLiveSocket();
    watchProtocol(socket.asLiveSocket(), { reload, storage });
    socket.serverSends('connect_error', refusal(MISMATCH, { code: 'protocol_mismatch', message: MISMATCH }));
    return socket;
  }

  it('reloads the page when the server speaks another protocol version', () => {
    loadPageRefusedAsOutdated();

    expect(reload).toHaveBeenCalledTimes(1);
    expect(storage.getItem(PROTOCOL_RELOAD_KEY)).not.toBeNull();
  });

  it('reloads only once: a reloaded page that still does not match stays put', () => {
    loadPageRefusedAsOutdated();
    const reloaded = loadPageRefusedAsOutdated();
    reloaded.serverSends('connect_error', refusal(MISMATCH));

    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads again for a later update once a connection has succeeded', () => {
    const reloaded = loadPageRefusedAsOutdated();
    reloaded.serverSends('connect');
    loadPageRefusedAsOutdated();

    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload for other refusals or network errors', () => {
    const socket = new FakeLiveSocket();
    watchProtocol(socket.asLiveSocket(), { reload, storage });
    const message = 'unauthenticated: This session has ended; sign in again';
    socket.serverSends('connect_error', refusal(message, { code: 'unauthenticated', message }));
    socket.serverSends('connect_error', refusal('websocket error'));

    expect(reload).not.toHaveBeenCalled();
  });

  it('stops watching when asked', () => {
    const socket = new FakeLiveSocket();
    watchProtocol(socket.asLiveSocket(), { reload, storage })();
    socket.serverSends('connect_error', refusal(MISMATCH, { code: 'protocol_mismatch', message: MISMATCH }));

    expect(reload).not.toHaveBeenCalled();
  });
});
