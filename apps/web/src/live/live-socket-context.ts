import { createContext, use } from 'react';
import type { LiveSocket } from './live-socket';

export const LiveSocketContext = createContext<LiveSocket | null>(null);

/** The signed-in tab's socket, shared by the notification centre and the open board. */
export function useLiveSocket(): LiveSocket {
  const socket = use(LiveSocketContext);
  if (!socket) throw new Error('useLiveSocket needs a LiveSocketProvider above it');
  return socket;
}
