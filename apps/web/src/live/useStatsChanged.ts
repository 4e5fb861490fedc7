import { ANY_BOARD, type StatsChangedNotice } from '@duban/contracts';
import { useEffect, useRef } from 'react';
import { useLiveSocket } from './live-socket-context';

/** Any board may have changed: after a reconnect, or (server) after the user's role or department did. */
export { ANY_BOARD };

/** What `useStatsChanged` passes on after a reconnect: refetch everything (`seq` -1: no position). */
export const MISSED_WHILE_AWAY: StatsChangedNotice = { boardId: ANY_BOARD, seq: -1 };

/**
 * Calls `onChange` when the figures of a board the user may see may have changed: the server's
 * `stats:changed` (at most one per board every 250 ms; `boardId` ANY_BOARD when the user's role or
 * department changed), `{ boardId: ANY_BOARD, seq: -1 }` after every connect that happens while mounted
 * (notices sent while away are not replayed, so refetch it all: with `invalidateQueries(…, {
 * cancelRefetch: false })` a fetch still in flight from the page's first load is reused), and
 * `{ boardId, seq: -1 }` on `board:revoked` (a board no longer visible: its figures leave the user's). Uses the tab's one socket: `dashboard:watch` now (if connected) and on every (re)connect,
 * `dashboard:unwatch` on unmount. It joins no board, so the user shows in no board's presence.
 */
export function useStatsChanged(onChange: (notice: StatsChangedNotice) => void): void {
  const socket = useLiveSocket();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    const watch = () => void socket.emit('dashboard:watch', {});
    const onConnect = () => {
      watch();
      latest.current(MISSED_WHILE_AWAY);
    };
    const onNotice = (notice: StatsChangedNotice) => latest.current(notice);
    const onRevoked = ({ boardId }: { boardId: string }) => latest.current({ boardId, seq: -1 });
    socket.on('connect', onConnect);
    socket.on('stats:changed', onNotice);
    socket.on('board:revoked', onRevoked);
    if (socket.connected) watch();
    return () => {
      socket.off('connect', onConnect);
      socket.off('stats:changed', onNotice);
      socket.off('board:revoked', onRevoked);
      if (socket.connected) socket.emit('dashboard:unwatch', {});
    };
  }, [socket]);
}
