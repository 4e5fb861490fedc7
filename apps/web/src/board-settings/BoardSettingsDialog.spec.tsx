import type { BoardView, DepartmentView, UserView } from '@duban/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useMe } from '../auth/useMe';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { aBoard, commerceBureau, ecologyBureau } from './board-settings-test-factory';
import { BoardSettingsButton } from './BoardSettingsButton';

const departments: DepartmentView[] = [
  { id: ecologyBureau, name: 'Ecology and Environment Bureau' },
  { id: commerceBureau, name: 'Commerce Bureau' },
] as DepartmentView[];

const supervisor: UserView = {
  id: 'user-supervisor',
  username: 'wang.fang',
  displayName: 'Wang Fang',
  role: 'supervisor',
  departmentId: null,
  active: true,
};
const member: UserView = { ...supervisor, id: 'user-member', role: 'member', departmentId: ecologyBureau };

interface FakeResponse {
  status: number;
  body: unknown;
}

/** The API as the dialog sees it: who is signed in, and how the PATCH of the board is answered. */
function fakeApi(me: UserView, answerPatch: () => Promise<FakeResponse> | FakeResponse = () => ok(aBoard())) {
  const patches: unknown[] = [];
  const answerFor = async (url: string, init: RequestInit): Promise<FakeResponse> => {
    if (url === '/api/me') return ok(me);
    if (init.method === 'PATCH' && url === '/api/boards/board-1') {
      patches.push(JSON.parse(init.body as string));
      return answerPatch();
    }
    return { status: 404, body: { message: `No fake for ${url}` } };
  };
  const fetchMock = jest.fn(async (url: string, init: RequestInit = {}) => {
    const answer = await answerFor(url, init);
    return {
      ok: answer.status < 400,
      status: answer.status,
      statusText: '',
      json: () => Promise.resolve(answer.body),
    } as Response;
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return { patches };
}

const ok = (body: unknown): FakeResponse => ({ status: 200, body });

/** Shows whose session it is once the API has said, so a test knows when the header has settled. */
function SignedInAs() {
  const me = useMe();
  return me ? <p>Signed in as {me.role}</p> : null;
}

function renderHeaderButton(board: BoardView = aBoard()) {
  render(
    <TestProviders departments={departments}>
      <TestBoardLive>
        <SignedInAs />
        <BoardSettingsButton board={board} />
      </TestBoardLive>
    </TestProviders>,
  );
}

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Board settings' }));
  return screen.getByRole('dialog', { name: 'Board settings' });
}

const save = (dialog: HTMLElement) =>
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save settings' }));

describe('Board settings', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opening one is enough here.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });
  beforeEach(() => i18n.changeLanguage('en'));

  it('is not offered to department members', async () => {
    fakeApi(member);
    renderHeaderButton();
    await screen.findByText('Signed in as member');
    expect(screen.queryByRole('button', { name: 'Board settings' })).not.toBeInTheDocument();
  });

  it('asks for the report day the cadence needs: a weekday, a day of the month, or none', async () => {
    fakeApi(supervisor);
    renderHeaderButton();
    const dialog = await openSettings();
    const cadence = within(dialog).getByLabelText('Progress reports');
    expect(within(dialog).queryByLabelText(/^Reports due by/)).not.toBeInTheDocument();

    fireEvent.change(cadence, { target: { value: 'weekly' } });
    const weekday = within(dialog).getByLabelText<HTMLSelectElement>('Reports due by (weekday)');
    expect(
      within(weekday)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    // The board's day 28 is no weekday: Friday instead.
    expect(weekday.selectedOptions[0]).toHaveTextContent('Friday');

    fireEvent.change(cadence, { target: { value: 'monthly' } });
    const dayOfMonth = within(dialog).getByLabelText('Reports due by (day of the month)');
    expect(within(dayOfMonth).getAllByRole('option')).toHaveLength(28);

    fireEvent.change(cadence, { target: { value: 'none' } });
    expect(within(dialog).queryByLabelText(/^Reports due by/)).not.toBeInTheDocument();
  });

  it('explains what each number does, and refuses one out of bounds without asking the server', async () => {
    const { patches } = fakeApi(supervisor);
    renderHeaderButton();
    const dialog = await openSettings();
    const dueSoon = within(dialog).getByLabelText('Due soon from (days before the deadline)');
    expect(dueSoon).toHaveAccessibleDescription(/light turns yellow \(due soon\) this many days before/);

    fireEvent.change(dueSoon, { target: { value: '120' } });
    save(dialog);
    expect(dueSoon).toHaveAttribute('aria-invalid', 'true');
    expect(dueSoon).toHaveAccessibleDescription(/^Enter a whole number from 0 to 90\./);
    expect(patches).toHaveLength(0);

    // Editing the field clears its problem.
    fireEvent.change(dueSoon, { target: { value: '14' } });
    expect(dueSoon).not.toHaveAttribute('aria-invalid');
  });

  it('saves only what changed, shows that it is saving, and closes when saved', async () => {
    let answer: (response: FakeResponse) => void = () => undefined;
    const { patches } = fakeApi(supervisor, () => new Promise<FakeResponse>((resolve) => (answer = resolve)));
    renderHeaderButton(aBoard({ departmentIds: [ecologyBureau] }));
    const dialog = await openSettings();
    fireEvent.change(within(dialog).getByLabelText('Due soon from (days before the deadline)'), {
      target: { value: '14' },
    });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Commerce Bureau' }));
    save(dialog);

    const saving = await within(dialog).findByRole('button', { name: 'Saving…' });
    expect(saving).toBeDisabled();
    expect(patches).toEqual([
      { departmentIds: [ecologyBureau, commerceBureau], settings: { dueSoonDays: 14 } },
    ]);

    act(() => answer(ok(aBoard({ settings: { dueSoonDays: 14 } }))));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Board settings' })).toHaveFocus();
  });

  it('shows the server’s refusal of a field next to that field', async () => {
    fakeApi(supervisor, () => ({
      status: 400,
      body: {
        message: 'Validation failed',
        code: 'validation_failed',
        details: [{ field: 'settings.reportDay', message: 'weekly reports are due on a weekday' }],
      },
    }));
    renderHeaderButton();
    const dialog = await openSettings();
    fireEvent.change(within(dialog).getByLabelText('Progress reports'), { target: { value: 'weekly' } });
    save(dialog);

    const reportDay = within(dialog).getByLabelText('Reports due by (weekday)');
    await within(dialog).findByText('weekly reports are due on a weekday');
    expect(reportDay).toHaveAttribute('aria-invalid', 'true');
    expect(reportDay).toHaveAccessibleDescription(/^weekly reports are due on a weekday/);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('says so when the server refuses the user altogether', async () => {
    fakeApi(supervisor, () => ({
      status: 403,
      body: { message: 'Only supervisors and administrators change boards', code: 'forbidden' },
    }));
    renderHeaderButton();
    const dialog = await openSettings();
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Renamed' } });
    save(dialog);

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Only supervisors and administrators may change a board’s settings.',
    );
  });
});
