import type { WaitingForMe as Waiting, WaitingItem } from '@duban/contracts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { LiveSocketContext } from '../live/live-socket-context';
import { TestProviders } from '../testing/TestProviders';
import { ConnectedTestSocket } from './connected-test-socket';
import { WaitingForMe } from './WaitingForMe';

function anItem(title: string, figures: Partial<WaitingItem> = {}): WaitingItem {
  return {
    taskId: `task-${title.toLowerCase().replace(/\W+/g, '-')}`,
    title,
    boardId: 'board-1',
    boardTitle: 'Inspection rectification',
    leadDepartmentId: 'dept-water',
    leadDepartmentName: 'Water Bureau',
    deadline: '2026-12-01',
    days: null,
    since: null,
    returnCount: 0,
    ...figures,
  };
}

function leaderWaiting(
  overdue: WaitingItem[],
  escalated: WaitingItem[] = [],
  awaitingInstruction: WaitingItem[] = [],
): Waiting {
  return {
    asOf: '2026-12-05T08:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    today: '2026-12-05',
    role: 'leader',
    sections: [
      { key: 'overdue', total: overdue.length, items: overdue },
      { key: 'escalated', total: escalated.length + 3, items: escalated },
      { key: 'awaitingInstruction', total: awaitingInstruction.length, items: awaitingInstruction },
    ],
  };
}

function fakeWaitingApi(initial: Waiting) {
  const api = { waiting: initial, calls: [] as string[] };
  globalThis.fetch = jest.fn((url: string) => {
    api.calls.push(url);
    const found = url.startsWith('/api/me/waiting');
    return Promise.resolve({
      ok: found,
      status: found ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(found ? api.waiting : { message: `No fake for ${url}` }),
    } as Response);
  }) as unknown as typeof fetch;
  return api;
}

function renderWaiting(socket = new ConnectedTestSocket()) {
  render(
    <TestProviders>
      <LiveSocketContext value={socket.asLiveSocket()}>
        <WaitingForMe />
      </LiveSocketContext>
    </TestProviders>,
  );
  return socket;
}

const list = (name: RegExp) => screen.getByRole('region', { name });

describe('Waiting for me', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists a leader’s overdue and escalated tasks, each a link to the task on its board, with its days', async () => {
    const api = fakeWaitingApi(
      leaderWaiting(
        [anItem('Relocate the chemical plants', { days: 4 }), anItem('Restore the riverbanks', { days: 1 })],
        [anItem('Relocate the chemical plants', { days: 2, since: '2026-12-03T01:00:00.000Z' })],
        [anItem('Relocate the chemical plants', { days: 1, since: '2026-12-04T01:00:00.000Z' })],
      ),
    );
    renderWaiting();
    const overdue = await waitFor(() => list(/^Overdue, you are the responsible leader/));
    expect(api.calls[0]).toMatch(/^\/api\/me\/waiting\?tz=/);
    expect(
      within(overdue)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Relocate the chemical plants4 days overdueInspection rectification · Water Bureau',
      'Restore the riverbanks1 day overdueInspection rectification · Water Bureau',
    ]);
    expect(within(overdue).getByRole('link', { name: 'Restore the riverbanks' }).getAttribute('href')).toBe(
      '/boards/board-1/tasks/task-restore-the-riverbanks',
    );
    const escalated = list(/^Escalated to you/);
    expect(within(escalated).getByText('escalated 2 days ago')).toBeTruthy();
    // More than the API sent: how many more.
    expect(within(escalated).getByText('and 3 more')).toBeTruthy();
    const awaiting = list(/^Awaiting your instruction/);
    expect(within(awaiting).getByRole('link', { name: 'Relocate the chemical plants' })).toBeTruthy();
    expect(within(awaiting).getByText('escalated 1 day ago')).toBeTruthy();
  });

  it('refetches on stats:changed and after a reconnect, and drops what no longer waits', async () => {
    const api = fakeWaitingApi(leaderWaiting([anItem('Relocate the chemical plants', { days: 4 })]));
    const socket = renderWaiting();
    await screen.findByRole('link', { name: 'Relocate the chemical plants' });
    const fetched = api.calls.length;

    api.waiting = leaderWaiting([]);
    socket.serverSends('stats:changed', { boardId: 'board-1', seq: 8 });
    socket.serverSends('stats:changed', { boardId: 'board-2', seq: 3 });
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Relocate the chemical plants' })).toBeNull(),
    );
    expect(within(list(/^Overdue, you are the responsible leader/)).getByText('Nothing.')).toBeTruthy();
    // A burst is one refetch.
    expect(api.calls.length).toBe(fetched + 1);

    api.waiting = leaderWaiting([anItem('Survey the outfalls', { days: 1 })]);
    socket.reconnected();
    await screen.findByRole('link', { name: 'Survey the outfalls' });
  });

  it('shows a member’s sections in Chinese, and a supervisor’s waits of less than a day in words', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeWaitingApi({
      ...leaderWaiting([]),
      role: 'member',
      sections: [
        { key: 'unsigned', total: 1, items: [anItem('Survey the outfalls', { days: 3 })] },
        { key: 'returned', total: 1, items: [anItem('Dredge the canal', { days: 2, returnCount: 2 })] },
        { key: 'reportsMissing', total: 0, items: [] },
      ],
    });
    renderWaiting();
    await screen.findByRole('heading', { name: '待我处理' });
    expect(within(await waitFor(() => list(/^本单位待签收/))).getByText('未签收 3 天')).toBeTruthy();
    expect(within(list(/^退回本单位/)).getByText('逾期 2 天 · 退回 2 次')).toBeTruthy();
    expect(within(list(/^本期进展未反馈/)).getByText('暂无。')).toBeTruthy();
    cleanup();
    await i18n.changeLanguage('en');
    fakeWaitingApi({
      ...leaderWaiting([]),
      role: 'supervisor',
      sections: [
        { key: 'awaitingVerification', total: 1, items: [anItem('Dredge the canal', { days: 0 })] },
        { key: 'longestUnsigned', total: 1, items: [anItem('Survey the outfalls', { days: 0 })] },
      ],
    });
    renderWaiting();
    // Nothing waits a day yet: said in words.
    expect(await screen.findByText('submitted today')).toBeTruthy();
    expect(screen.getByText('handed over today')).toBeTruthy();
  });
});
