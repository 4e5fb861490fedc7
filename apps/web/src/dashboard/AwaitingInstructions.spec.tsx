import type { InstructionItem, InstructionList } from '@duban/contracts';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { FakeLiveSocket } from '../live/fake-live-socket';
import { LiveSocketContext } from '../live/live-socket-context';
import { TestProviders } from '../testing/TestProviders';
import { AwaitingInstructions } from './AwaitingInstructions';

const instruction = (overrides: Partial<InstructionItem> = {}): InstructionItem => ({
  id: 'i-1',
  taskId: 't-1',
  taskTitle: 'Relocate polluting enterprises',
  boardId: 'b-1',
  boardTitle: 'May meeting',
  leadDepartmentId: 'd-eco',
  leadDepartmentName: 'Ecology Bureau',
  leaderId: 'u-zhao',
  leaderName: 'Zhao Ming',
  body: '**Speed up** the survey.',
  givenAt: '2030-05-01T08:00:00.000Z',
  response: null,
  waitingDays: 3,
  ...overrides,
});

/** The API as the section sees it: the list as the test has made it now, and the queries it was asked. */
function fakeInstructionsApi(items: InstructionItem[]) {
  const list: InstructionList = { asOf: '2030-05-04T08:00:00.000Z', items };
  const api = { list, calls: [] as string[] };
  globalThis.fetch = jest.fn((url: string) => {
    api.calls.push(url);
    const found = url.startsWith('/api/instructions?');
    return Promise.resolve({
      ok: found,
      status: found ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(found ? api.list : { message: `No fake for ${url}` }),
    } as Response);
  }) as unknown as typeof fetch;
  return api;
}

function renderSection(boardId: string | null, socket = new FakeLiveSocket()) {
  render(
    <TestProviders>
      <LiveSocketContext value={socket.asLiveSocket()}>
        <AwaitingInstructions boardId={boardId} />
      </LiveSocketContext>
    </TestProviders>,
  );
  return socket;
}

describe('Instructions awaiting response on the dashboard', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('lists each with its wait, leader, department and board, linking to the task', async () => {
    const api = fakeInstructionsApi([instruction()]);
    renderSection(null);
    const section = await screen.findByTestId('awaiting-instructions');
    await waitFor(() =>
      expect(within(section).getByTestId('instruction-age').textContent).toBe('Awaiting response · 3 days'),
    );
    expect(within(section).getByRole('heading').textContent).toBe('Instructions awaiting response 1');
    const link = within(section).getByRole('link', { name: 'Relocate polluting enterprises' });
    expect(link.getAttribute('href')).toBe('/boards/b-1/tasks/t-1');
    expect(within(section).getByText('Instruction by Zhao Ming · Ecology Bureau · May meeting')).toBeTruthy();
    expect(within(section).getByText('Speed up the survey.')).toBeTruthy();
    expect(api.calls[0]).toMatch(/^\/api\/instructions\?awaiting=true&tz=/);
  });

  it('follows stats:changed for its board live, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const api = fakeInstructionsApi([instruction()]);
    const socket = renderSection('b-1');
    const section = await screen.findByTestId('awaiting-instructions');
    await waitFor(() =>
      expect(within(section).getByTestId('instruction-age').textContent).toBe('待回复 · 3 天'),
    );
    expect(api.calls[0]).toContain('boardId=b-1');
    expect(within(section).queryByText(/May meeting/)).toBeNull();

    api.list = { ...api.list, items: [] };
    act(() => socket.serverSends('stats:changed', { boardId: 'b-1', seq: 9 }));
    await waitFor(() => expect(within(section).getByText('没有待回复的领导批示。')).toBeTruthy());
    expect(within(section).getByRole('heading').textContent).toBe('待回复的批示 0');
  });
});
