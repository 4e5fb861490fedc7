import { addDays, calendarDateIn, type TaskTrend, type TrendDay } from '@duban/contracts';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { FakeLiveSocket } from '../live/fake-live-socket';
import { LiveSocketContext } from '../live/live-socket-context';
import { TestProviders } from '../testing/TestProviders';
import { TrendSection } from './TrendSection';

const day = (date: string, due: number, closed: number, overdue: number, open: number): TrendDay => ({
  date,
  due,
  closed,
  overdue,
  open,
});

const MARCH: TaskTrend = {
  timeZone: 'Asia/Shanghai',
  from: '2026-03-01',
  to: '2026-03-03',
  days: [day('2026-03-01', 0, 0, 0, 2), day('2026-03-02', 1, 1, 0, 1), day('2026-03-03', 3, 1, 2, 3)],
};

/** The trend API as the section sees it: whatever the test has made the days now. */
function fakeTrendApi(initial: TaskTrend) {
  const api = { trend: initial, calls: [] as URL[] };
  globalThis.fetch = jest.fn((url: string) => {
    api.calls.push(new URL(url, 'http://localhost'));
    const found = url.startsWith('/api/boards/board-1/stats/trend') || url.startsWith('/api/stats/trend');
    return Promise.resolve({
      ok: found,
      status: found ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(found ? api.trend : { message: `No fake for ${url}` }),
    } as Response);
  }) as unknown as typeof fetch;
  return api;
}

function renderTrend(boardId: string | null, socket = new FakeLiveSocket()) {
  render(
    <TestProviders>
      <LiveSocketContext value={socket.asLiveSocket()}>
        <TrendSection boardId={boardId} withCharts={false} />
      </LiveSocketContext>
    </TestProviders>,
  );
  return socket;
}

/** The hidden table's rows as text: what a screen reader is given instead of the pictures. */
async function tableRows(caption: RegExp): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

const today = () => calendarDateIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

describe('The dashboard’s history charts', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('asks for the last 30 days in the viewer’s zone and gives every day’s figures in a table', async () => {
    const api = fakeTrendApi(MARCH);
    renderTrend('board-1');
    expect(
      await tableRows(/^Tasks due, closed, overdue and open at the end of each day, Mar 1 to Mar 3$/),
    ).toEqual([
      ['Mar 1', '0', '0', '0', '2'],
      ['Mar 2', '1', '1', '0', '1'],
      ['Mar 3', '3', '1', '2', '3'],
    ]);
    expect(screen.getByRole('columnheader', { name: 'Due (to date)' })).toBeTruthy();
    expect(screen.getByTestId('trend-summary').textContent).toBe(
      'Mar 1, 2026 – Mar 3, 2026. At the end of the last day: 1 closed, 3 due to date, 2 overdue, 3 open.',
    );
    const asked = api.calls[0];
    expect(asked?.pathname).toBe('/api/boards/board-1/stats/trend');
    expect(Object.fromEntries(asked?.searchParams ?? [])).toEqual({
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      from: addDays(today(), -29),
      to: today(),
    });
    expect(screen.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers 90 days and this year', async () => {
    const api = fakeTrendApi(MARCH);
    renderTrend(null);
    await screen.findByTestId('trend-table');
    fireEvent.click(screen.getByRole('button', { name: '90 days' }));
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]?.pathname).toBe('/api/stats/trend');
    expect(api.calls[1]?.searchParams.get('from')).toBe(addDays(today(), -89));
    expect(screen.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'This year' }));
    await waitFor(() => expect(api.calls).toHaveLength(3));
    expect(api.calls[2]?.searchParams.get('from')).toBe(`${today().slice(0, 4)}-01-01`);
    expect(api.calls[2]?.searchParams.get('to')).toBe(today());
  });

  it('follows stats:changed for its board without a reload: a burst is one refetch, other boards none', async () => {
    const api = fakeTrendApi(MARCH);
    const socket = renderTrend('board-1');
    await screen.findByTestId('trend-table');
    const fetched = api.calls.length;

    api.trend = { ...MARCH, days: [...MARCH.days.slice(0, 2), day('2026-03-03', 3, 2, 1, 2)] };
    socket.serverSends('stats:changed', { boardId: 'another-board', seq: 7 });
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 8 });
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 9 });

    await waitFor(async () =>
      expect((await tableRows(/Mar 1 to Mar 3/)).at(-1)).toEqual(['Mar 3', '3', '2', '1', '2']),
    );
    expect(api.calls.length).toBe(fetched + 1);
  });

  it('speaks Chinese: dates, range picker and columns', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeTrendApi(MARCH);
    renderTrend('board-1');
    expect(await tableRows(/^3月1日至3月3日每日结束时/)).toEqual([
      ['3月1日', '0', '0', '0', '2'],
      ['3月2日', '1', '1', '0', '1'],
      ['3月3日', '3', '1', '2', '3'],
    ]);
    expect(screen.getByRole('heading', { name: '趋势' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '近 90 天' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '今年' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '已办结' })).toBeTruthy();
    expect(screen.getByTestId('trend-summary').textContent).toBe(
      '2026年3月1日至2026年3月3日。最后一天结束时：已办结 1 项，已到期 3 项，逾期 2 项，未办结 3 项。',
    );
  });
});
