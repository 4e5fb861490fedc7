import type { TaskStats } from '@duban/contracts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { FakeLiveSocket } from '../live/fake-live-socket';
import { LiveSocketContext } from '../live/live-socket-context';
import { TestProviders } from '../testing/TestProviders';
import { DashboardFigures } from './DashboardFigures';
import { aDepartment, statsOf } from './dashboard-test-factory';
import { useDashboardStats } from './useDashboardStats';

const ecology = aDepartment('Ecology Bureau', {
  led: 5,
  done: 1,
  inProgress: 2,
  awaitingSignOff: 1,
  longestSignOffWaitDays: 4,
  overdue: 2,
  furthestOverdueDays: 9,
  onTimeRate: 0.5,
  signOffRate: 0.8,
});
const water = aDepartment('Water Bureau', { led: 3, done: 3, onTimeRate: 1, signOffRate: 1 });
const housing = aDepartment('Housing Bureau', { led: 2, inProgress: 2, reportsMissing: 1, signOffRate: 1 });
const transport = aDepartment('Transport Bureau', { cooperating: 2 });

/** The API as the dashboard sees it: the board's figures, whatever the test has made them now. */
function fakeStatsApi(initial: TaskStats) {
  const api = { stats: initial, calls: [] as string[] };
  globalThis.fetch = jest.fn((url: string) => {
    api.calls.push(url);
    const found = url.startsWith('/api/boards/board-1/stats') || url.startsWith('/api/stats');
    return Promise.resolve({
      ok: found,
      status: found ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(found ? api.stats : { message: `No fake for ${url}` }),
    } as Response);
  }) as unknown as typeof fetch;
  return api;
}

function LiveFigures({ boardId }: { boardId: string | null }) {
  const stats = useDashboardStats(boardId);
  return stats.data ? <DashboardFigures stats={stats.data} boardId={boardId} withChart={false} /> : null;
}

function renderDashboard(boardId: string | null, socket = new FakeLiveSocket()) {
  render(
    <TestProviders>
      <LiveSocketContext value={socket.asLiveSocket()}>
        <LiveFigures boardId={boardId} />
      </LiveSocketContext>
    </TestProviders>,
  );
  return socket;
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
const rankingList = (name: RegExp) => screen.getByRole('region', { name });

describe('The dashboard’s figures', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('shows each lead department’s figures with the longest wait and the furthest overdue', async () => {
    fakeStatsApi(statsOf([ecology, water, housing, transport]));
    renderDashboard('board-1');
    const cells = within(await waitFor(() => row('Ecology Bureau'))).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '5',
      '1',
      '2',
      '1longest 4 d',
      '0',
      '2furthest 9 d',
      '0',
      '0',
      '50%',
      '80%',
      '0',
      '0',
    ]);
    expect(within(row('Transport Bureau')).getAllByRole('cell').at(-1)?.textContent).toBe('2');
    const totals = screen.getByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Tasks').nextSibling?.textContent).toBe('10');
  });

  it('links a board’s figures to its table view with the matching filters', async () => {
    fakeStatsApi(statsOf([ecology, water]));
    renderDashboard('board-1');
    const overdue = await screen.findByRole('link', { name: 'Ecology Bureau, Overdue: 2' });
    const link = new URL(overdue.getAttribute('href') ?? '', 'http://localhost');
    expect(link.pathname).toBe('/boards/board-1');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      view: 'table',
      dept: ecology.departmentId,
      overdue: '1',
    });
    expect(screen.getByRole('link', { name: 'Water Bureau, Done: 3' }).getAttribute('href')).toBe(
      `/boards/board-1?view=table&dept=${water.departmentId}&status=done`,
    );
    // A zero opens nothing; a figure the table cannot filter by is not a link.
    expect(screen.queryByRole('link', { name: 'Water Bureau, Overdue: 0' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Awaiting sign-off/ })).toBeNull();
  });

  it('ranks the departments on the red, yellow and green lists with the rule under each', async () => {
    fakeStatsApi(statsOf([ecology, water, housing, transport]));
    renderDashboard(null);
    const red = await waitFor(() => rankingList(/^Red list$/));
    expect(
      within(red)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ecology Bureau2 overdue · on time 50%']);
    expect(within(red).getByText(/most overdue first/)).toBeTruthy();
    expect(within(rankingList(/^Yellow list$/)).getByText('Housing Bureau')).toBeTruthy();
    expect(within(rankingList(/^Yellow list$/)).getByText(/over 3 days to be signed for/)).toBeTruthy();
    expect(within(rankingList(/^Green list$/)).getByText('Water Bureau')).toBeTruthy();
    // Cooperating only: counted in the table, ranked nowhere.
    expect(screen.queryByRole('listitem', { name: /Transport/ })).toBeNull();
    expect(screen.getAllByText('Transport Bureau')).toHaveLength(1);
    // On the all-boards dashboard a department's figure has no one board to open; each board's share does.
    expect(screen.queryByRole('link', { name: /Ecology Bureau, Overdue/ })).toBeNull();
    const boards = screen.getByRole('region', { name: 'Boards' });
    expect(
      within(boards)
        .getByRole('link', { name: 'Overdue in Inspection rectification: 2' })
        .getAttribute('href'),
    ).toBe('/boards/board-1?view=table&overdue=1');
    expect(
      within(boards)
        .getByRole('link', { name: 'Dashboard of Inspection rectification' })
        .getAttribute('href'),
    ).toBe('/boards/board-1/dashboard');
  });

  it('follows stats:changed for its board without a reload, and ignores other boards', async () => {
    const api = fakeStatsApi(statsOf([water]));
    const socket = renderDashboard('board-1');
    await waitFor(() => within(rankingList(/^Green list$/)).getByText('Water Bureau'));
    const fetched = api.calls.length;
    // The days are counted in the viewer's time zone.
    expect(api.calls[0]).toMatch(/^\/api\/boards\/board-1\/stats\?tz=/);

    api.stats = statsOf([
      aDepartment('Water Bureau', { led: 3, done: 2, overdue: 1, furthestOverdueDays: 2 }),
    ]);
    socket.serverSends('stats:changed', { boardId: 'another-board', seq: 7 });
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 8 });
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 9 });

    await waitFor(() => within(rankingList(/^Red list$/)).getByText('Water Bureau'));
    expect(within(row('Water Bureau')).getAllByRole('cell')[5]?.textContent).toBe('1furthest 2 d');
    // A burst of notices is one refetch.
    expect(api.calls.length).toBe(fetched + 1);
  });

  it('speaks Chinese: 红榜, 黄榜, 绿榜 and the columns in the glossary’s terms', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeStatsApi(statsOf([ecology, water]));
    renderDashboard('board-1');
    await waitFor(() => rankingList(/^红榜$/));
    expect(rankingList(/^绿榜$/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '牵头单位' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '待签收' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '按期办结率' })).toBeTruthy();
    expect(within(row('Ecology Bureau')).getByText('最久 9 天')).toBeTruthy();
  });
});
