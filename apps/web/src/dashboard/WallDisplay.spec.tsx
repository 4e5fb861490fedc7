import { addDays, today, type BoardSnapshot, type TaskStats, type TaskView } from '@duban/contracts';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { LiveSocketContext } from '../live/live-socket-context';
import { aTask } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { ConnectedTestSocket } from './connected-test-socket';
import { aDepartment, statsOf } from './dashboard-test-factory';
import { WallDisplay } from './WallDisplay';

const ecology = aDepartment('Ecology Bureau', { led: 4, overdue: 2, furthestOverdueDays: 6, done: 1 });
const water = aDepartment('Water Bureau', { led: 3, done: 3, onTimeRate: 1 });

function boardStats(boardId: string, title: string, departments = [ecology, water]): TaskStats {
  const stats = statsOf(departments);
  return { ...stats, boards: [{ ...stats.boards[0]!, boardId, title }] };
}

const day = (offset: number) => addDays(today(new Date()), offset);
const late = (title: string, deadline: string): TaskView =>
  aTask({ title, deadline, light: 'red', leadDepartmentId: ecology.departmentId, status: 'in_progress' });

/** The API as the wall sees it: every board's figures, each board's own, and its tasks. */
function fakeApi() {
  const api = {
    tasks: {
      north: [
        late('Restore the riverbanks', day(-2)),
        late('Close the sand quarries', day(-6)),
        aTask({ title: 'Survey the outfalls', deadline: day(10), light: 'green' }),
      ],
      south: [],
    } as Record<string, TaskView[]>,
    boards: {
      north: boardStats('north', 'North district'),
      south: boardStats('south', 'South district', [water]),
    } as Record<string, TaskStats>,
    calls: [] as string[],
  };
  globalThis.fetch = jest.fn((url: string) => {
    api.calls.push(url);
    const boardId = /^\/api\/boards\/([^/]+)\/stats/.exec(url)?.[1];
    const snapshotOf = /^\/api\/boards\/([^/?]+)$/.exec(url)?.[1];
    if (snapshotOf) {
      const snapshot = { board: {}, tasks: api.tasks[snapshotOf] ?? [], seq: 1 } as unknown as BoardSnapshot;
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: '',
        json: () => Promise.resolve(snapshot),
      } as Response);
    }
    const all = (): TaskStats => {
      const { north, south } = api.boards as { north: TaskStats; south: TaskStats };
      return { ...statsOf([ecology, water]), boards: [...north.boards, ...south.boards] };
    };
    const body = boardId ? api.boards[boardId] : url.startsWith('/api/stats') ? all() : undefined;
    return Promise.resolve({
      ok: body !== undefined,
      status: body ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(body ?? { message: `No fake for ${url}` }),
    } as Response);
  }) as unknown as typeof fetch;
  return api;
}

function renderWall(socket = new ConnectedTestSocket()) {
  render(
    <TestProviders
      departments={[{ id: ecology.departmentId, name: 'Ecology Bureau', archived: false, keywords: [] }]}
    >
      <LiveSocketContext value={socket.asLiveSocket()}>
        <WallDisplay />
      </LiveSocketContext>
    </TestProviders>,
  );
  return socket;
}

const wall = () => screen.getByTestId('wall');

describe('The wall display', () => {
  afterEach(async () => {
    cleanup();
    jest.useRealTimers();
    await i18n.changeLanguage('en');
  });

  it('shows the first board’s totals, red list and overdue figures, then the next board, then all boards', async () => {
    jest.useFakeTimers();
    fakeApi();
    renderWall();
    await waitFor(() => expect(wall().getAttribute('data-slide')).toBe('north'));
    await screen.findByRole('heading', { level: 1, name: 'North district' });
    await waitFor(() => expect(screen.getByTestId('wall-overdue').textContent).toBe('2'));
    expect(screen.getByText('furthest 6 days past its deadline')).toBeTruthy();
    expect(
      within(screen.getByTestId('wall-red'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ecology Bureau2 overduefurthest 6 d']);
    // The board's most overdue tasks, with their lead department.
    await waitFor(() =>
      expect(
        within(screen.getByTestId('wall-overdue-tasks'))
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Close the sand quarries6 days overdue · Ecology Bureau',
        'Restore the riverbanks2 days overdue · Ecology Bureau',
      ]),
    );
    expect(screen.getByText('1 of 3')).toBeTruthy();
    expect(screen.getByTestId('wall-connection').getAttribute('data-state')).toBe('live');
    expect(screen.getByTestId('wall-clock').textContent).not.toBe('');

    act(() => jest.advanceTimersByTime(20_000));
    await screen.findByRole('heading', { level: 1, name: 'South district' });
    await waitFor(() => expect(screen.getByTestId('wall-overdue').textContent).toBe('0'));
    expect(screen.getByText('No department has an overdue task.')).toBeTruthy();

    act(() => jest.advanceTimersByTime(20_000));
    await screen.findByRole('heading', { level: 1, name: 'All boards' });
    expect(wall().getAttribute('data-slide')).toBe('all');
    act(() => jest.advanceTimersByTime(20_000));
    await screen.findByRole('heading', { level: 1, name: 'North district' });
  });

  it('follows stats:changed, connects again after the server dropped it, and catches up', async () => {
    jest.useFakeTimers();
    const api = fakeApi();
    const socket = renderWall();
    await waitFor(() => expect(screen.getByTestId('wall-overdue').textContent).toBe('2'));

    api.boards.north = boardStats('north', 'North district', [
      aDepartment('Ecology Bureau', { led: 4, overdue: 3, furthestOverdueDays: 7 }),
    ]);
    api.tasks.north = [late('Close the sand quarries', day(-7))];
    socket.serverSends('stats:changed', { boardId: 'north', seq: 5 });
    act(() => jest.advanceTimersByTime(300));
    await waitFor(() => expect(screen.getByTestId('wall-overdue').textContent).toBe('3'));
    await waitFor(() =>
      expect(screen.getByTestId('wall-overdue-tasks').textContent).toBe(
        'Close the sand quarries7 days overdue · Ecology Bureau',
      ),
    );

    socket.serverDrops();
    await waitFor(() =>
      expect(screen.getByTestId('wall-connection').getAttribute('data-state')).toBe('offline'),
    );
    expect(screen.getByText('Reconnecting…')).toBeTruthy();
    act(() => jest.advanceTimersByTime(1_000));
    expect(socket.connects).toBe(1);

    // Missed while away: caught up on connect.
    api.boards.north = boardStats('north', 'North district', [water]);
    act(() => socket.reconnected());
    act(() => jest.advanceTimersByTime(300));
    await waitFor(() => expect(screen.getByTestId('wall-overdue').textContent).toBe('0'));
    expect(screen.getByTestId('wall-connection').getAttribute('data-state')).toBe('live');
  });

  it('speaks Chinese: 大屏 totals, 红榜 and 逾期', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi();
    renderWall();
    await screen.findByRole('heading', { level: 1, name: 'North district' });
    await screen.findByRole('heading', { name: '红榜' });
    expect(screen.getByRole('heading', { name: '逾期' })).toBeTruthy();
    expect(screen.getByText('最久逾期 6 天')).toBeTruthy();
    expect(screen.getByText('第 1 / 3 屏')).toBeTruthy();
    expect(screen.getByRole('link', { name: '返回驾驶舱' }).getAttribute('href')).toBe('/dashboard');
  });
});
