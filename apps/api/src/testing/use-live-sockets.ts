import type { ApiClient } from './api-client';
import { connectSocket, EventRecorder, type ClientSocket } from './socket-client';
import type { TestSuite } from './use-test-app';

export interface LiveSockets {
  /** A real socket for the client, with a recorder of what it receives; closed after the test. */
  connect(client: ApiClient): Promise<{ socket: ClientSocket; recorder: EventRecorder }>;
  /** The sockets this test opened; a test may add its own, and all are closed after it. */
  readonly open: ClientSocket[];
}

/** The sockets a spec's stories open, closed after each test. Call it in the top `describe`. */
export function useLiveSockets(suite: TestSuite): LiveSockets {
  const open: ClientSocket[] = [];
  afterEach(() => {
    for (const socket of open.splice(0)) socket.close();
  });
  return {
    open,
    async connect(client) {
      const socket = await connectSocket(suite.testApp.url, client.token);
      open.push(socket);
      return { socket, recorder: new EventRecorder(socket) };
    },
  };
}
