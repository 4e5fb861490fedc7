import { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queries';
import { watchAccount } from './account-watch';
import { FakeLiveSocket } from './fake-live-socket';

describe('watchAccount', () => {
  let socket: FakeLiveSocket;
  let queryClient: QueryClient;
  let stop: () => void;

  beforeEach(() => {
    socket = new FakeLiveSocket();
    queryClient = new QueryClient();
    const searches = [...queryKeys.boards, 'list', { q: '' }];
    for (const key of [queryKeys.me, queryKeys.boards, searches, queryKeys.board('b1'), queryKeys.users]) {
      queryClient.setQueryData(key, { cached: true });
    }
    stop = watchAccount(socket.asLiveSocket(), queryClient);
  });

  afterEach(() => queryClient.clear());

  const stale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated;

  it('marks the user and their boards list stale when the server says the user changed', () => {
    socket.serverSends('user:changed', { userId: 'u1' });
    expect(stale(queryKeys.me)).toBe(true);
    expect(stale(queryKeys.boards)).toBe(true);
    expect(stale([...queryKeys.boards, 'list', { q: '' }])).toBe(true);
    // An open board's state is the live board's to keep (board:revoked closes it where access is lost).
    expect(stale(queryKeys.board('b1'))).toBe(false);
    expect(stale(queryKeys.users)).toBe(false);
  });

  it('stops watching when asked', () => {
    stop();
    socket.serverSends('user:changed', { userId: 'u1' });
    expect(stale(queryKeys.me)).toBe(false);
  });
});
