import { SocketSessions } from '../realtime/socket-sessions.service';
import { userRoom, type DubanServer } from '../realtime/socket-types';
import type { TestApp } from './test-app';

/**
 * The server drops every live socket of a user, as a restart, an operator or a rate limit would
 * ("io server disconnect": socket.io-client does not retry such a drop by itself), without ending their
 * session. Answers how many sockets it dropped. Test code: it reads the Socket.IO server the sessions
 * service was given (no production code needs to drop a user's sockets but that service).
 */
export async function dropLiveSockets(testApp: TestApp, userId: string): Promise<number> {
  const sessions: unknown = testApp.app.get(SocketSessions);
  const { server } = sessions as { server?: DubanServer };
  if (!server) throw new Error('The app has no Socket.IO server yet');
  const sockets = await server.in(userRoom(userId)).fetchSockets();
  server.in(userRoom(userId)).disconnectSockets(true);
  return sockets.length;
}
