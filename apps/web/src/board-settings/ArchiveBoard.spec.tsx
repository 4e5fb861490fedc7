import type { BoardSnapshot, UserView } from '@duban/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { queryKeys } from '../api/queries';
import { useMe } from '../auth/useMe';
import { TestBoardLive } from '../board-live/test-board-live';
import { useBoardSnapshot } from '../board-live/useBoardSnapshot';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { ArchiveBoardButton } from './ArchiveBoardButton';
import { ArchivedBoardBanner } from './ArchivedBoardBanner';
import { aBoard } from './board-settings-test-factory';
import { BoardSettingsButton } from './BoardSettingsButton';

const supervisor: UserView = {
  id: 'user-supervisor',
  username: 'wang.fang',
  displayName: 'Wang Fang',
  role: 'supervisor',
  departmentId: null,
  active: true,
};
const member: UserView = { ...supervisor, id: 'user-member', role: 'member', departmentId: 'ecology' };

const ARCHIVED_AT = '2026-12-05T08:00:00.000Z';

/** The API as the header sees it: who is signed in, and the board's PATCH answered with the board after it. */
function fakeApi(me: UserView) {
  const patches: unknown[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    let body: unknown = { message: `No fake for ${url}` };
    let status = 404;
    if (url === '/api/me') [status, body] = [200, me];
    if (init.method === 'PATCH' && url === '/api/boards/board-1') {
      const patch = JSON.parse(init.body as string) as { archived: boolean };
      patches.push(patch);
      [status, body] = [200, aBoard({ seq: 13, archivedAt: patch.archived ? ARCHIVED_AT : null })];
    }
    return Promise.resolve({
      ok: status < 400,
      status,
      statusText: '',
      json: () => Promise.resolve(body),
    } as Response);
  }) as unknown as typeof fetch;
  return { patches };
}

/** The board page's header pieces over a snapshot in the cache, as the board page holds it. */
function BoardHeaderParts() {
  const snapshot = useBoardSnapshot('board-1');
  if (!snapshot.data) return null;
  return (
    <>
      <ArchivedBoardBanner board={snapshot.data.board} />
      <BoardSettingsButton board={snapshot.data.board} />
      <ArchiveBoardButton board={snapshot.data.board} />
    </>
  );
}

/** Shows whose session it is once the API has said, so a test knows the page knows who is signed in. */
function SignedInAs() {
  const me = useMe();
  return me ? <p>Signed in as {me.role}</p> : null;
}

function WithSnapshot({ archivedAt, children }: { archivedAt: string | null; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [seeded] = useState(() => {
    const snapshot: BoardSnapshot = { board: aBoard({ archivedAt }), tasks: [], seq: 12 };
    queryClient.setQueryData(queryKeys.board('board-1'), snapshot);
    return true;
  });
  return seeded ? children : null;
}

function renderHeader(archivedAt: string | null) {
  render(
    <TestProviders>
      <WithSnapshot archivedAt={archivedAt}>
        <TestBoardLive>
          <SignedInAs />
          <BoardHeaderParts />
        </TestBoardLive>
      </WithSnapshot>
    </TestProviders>,
  );
}

describe('Archiving a board from its header', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opening one is enough here.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });
  beforeEach(() => i18n.changeLanguage('en'));

  it('asks first, then archives: the page turns read-only and offers Restore instead', async () => {
    const api = fakeApi(supervisor);
    renderHeader(null);

    fireEvent.click(await screen.findByRole('button', { name: 'Archive board' }));
    const confirmation = screen.getByRole('dialog', { name: 'Archive this board?' });
    expect(confirmation).toHaveTextContent('An archived board is read-only');
    expect(api.patches).toEqual([]);
    fireEvent.click(within(confirmation).getByRole('button', { name: 'Archive' }));

    await screen.findByText('This board is archived: it is read-only.');
    expect(api.patches).toEqual([{ archived: true }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive board' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Board settings' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByRole('button', { name: 'Archive board' });
    expect(api.patches).toEqual([{ archived: true }, { archived: false }]);
    expect(screen.queryByText('This board is archived: it is read-only.')).not.toBeInTheDocument();
  });

  it('cancelling the confirmation archives nothing', async () => {
    const api = fakeApi(supervisor);
    renderHeader(null);

    fireEvent.click(await screen.findByRole('button', { name: 'Archive board' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.patches).toEqual([]);
  });

  it('shows a member the read-only banner, without Restore or Archive', async () => {
    fakeApi(member);
    renderHeader(ARCHIVED_AT);

    await screen.findByText('This board is archived: it is read-only.');
    await screen.findByText('Signed in as member');
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive board' })).not.toBeInTheDocument();
  });

  it('says it in Chinese with the glossary’s terms', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi(supervisor);
    renderHeader(ARCHIVED_AT);

    await screen.findByText('此台账已归档，为只读状态。');
    await screen.findByRole('button', { name: '恢复' });
  });
});
