import type { TaskView, UserView } from '@duban/contracts';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useMe } from '../auth/useMe';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { TaskForm } from './TaskForm';
import { aTask } from '../testing/task-factory';
import { WorkflowActions } from './WorkflowActions';

const supervisor: UserView = {
  id: 'u-wang',
  username: 'wang.fang',
  displayName: 'Wang Fang',
  role: 'supervisor',
  departmentId: null,
  active: true,
};
const ecologyMember: UserView = { ...supervisor, id: 'u-li', role: 'member', departmentId: 'd-ecology' };

/** The API as the panel sees it here: who is signed in, and how a save (PATCH) is answered. */
function signedInAs(
  me: UserView,
  answerSave: { status: number; body: unknown } = { status: 404, body: { message: 'No fake for saving' } },
) {
  const saves: unknown[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    if (init.method === 'PATCH') saves.push(JSON.parse(init.body as string));
    const answer =
      url === '/api/me'
        ? { status: 200, body: me }
        : init.method === 'PATCH'
          ? answerSave
          : { status: 404, body: { message: `No fake for ${url}` } };
    return Promise.resolve({
      ok: answer.status < 400,
      status: answer.status,
      statusText: '',
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as unknown as typeof fetch;
  return { saves };
}

/** Shows whose session it is once the API has said, so a test knows the panel's offers have settled. */
function SignedInAs() {
  const me = useMe();
  return me ? <p>Signed in as {me.role}</p> : null;
}

function renderPanel(me: UserView, task: TaskView) {
  signedInAs(me);
  render(
    <TestProviders>
      <TestBoardLive>
        <SignedInAs />
        <WorkflowActions task={task} onDone={() => undefined} />
        <TaskForm task={task} />
      </TestBoardLive>
    </TestProviders>,
  );
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);

/** A rectification item, so the submission's fields (measures, result, evidence) are on the form. */
const rectification = (overrides: Partial<TaskView>) =>
  aTask({
    kind: 'rectification',
    acknowledgedAt: '2021-05-02T08:00:00.000Z',
    measures: 'Close the outfalls',
    result: 'All 12 outfalls closed',
    evidenceLinks: ['https://example.org/photos'],
    ...overrides,
  });

describe('The task form follows what the task’s status allows', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('freezes the submission while it awaits verification, and says so', async () => {
    renderPanel(ecologyMember, rectification({ status: 'in_review', progress: 90 }));

    await screen.findByText('Awaiting verification: the submission is frozen until it is returned.');
    for (const label of ['Progress', 'Rectification measures', 'Result', 'Evidence']) {
      expect(field(label)).toBeDisabled();
    }
    expect(screen.getByRole('link', { name: /example\.org\/photos/ })).toBeInTheDocument();
    expect(field('Title')).toBeEnabled();
    expect(field('Description')).toBeEnabled();
  });

  it('shows a closed task read-only to everyone, a supervisor included, but lets the supervisor reopen it', async () => {
    renderPanel(supervisor, rectification({ status: 'done', progress: 100 }));

    await screen.findByText('Closed: read-only; a supervisor can reopen it.');
    for (const label of ['Title', 'Status', 'Progress', 'Result']) expect(field(label)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();

    fireEvent.click(await screen.findByRole('button', { name: 'Reopen' }));
    const form = screen.getByRole('form', { name: 'Reopen' });
    expect(form).toHaveTextContent('Reason for reopening (required)');
  });

  it('offers a member no way to reopen a closed task', async () => {
    renderPanel(ecologyMember, rectification({ status: 'done', progress: 100 }));

    await screen.findByText('Closed: read-only; a supervisor can reopen it.');
    await screen.findByText('Signed in as member');
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    expect(field('Result')).toBeDisabled();
  });
});

describe('The task form shows what is wrong on the field, as the create dialog does', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('refuses a blank title without asking the server, and takes the user to it', async () => {
    const { saves } = signedInAs(ecologyMember);
    render(
      <TestProviders>
        <TestBoardLive>
          <SignedInAs />
          <TaskForm task={aTask({})} />
        </TestBoardLive>
      </TestProviders>,
    );
    await screen.findByText('Signed in as member');
    const title = field('Title');
    expect(title).toHaveAttribute('maxLength', '200');

    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Required.');
    await waitFor(() => expect(title).toHaveFocus());
    expect(saves).toHaveLength(0);
  });

  it('shows the server’s refusal of a field next to that field', async () => {
    const { saves } = signedInAs(ecologyMember, {
      status: 400,
      body: {
        message: 'Validation failed',
        code: 'validation_failed',
        details: [{ field: 'labels.0', message: 'label contains a control character' }],
      },
    });
    render(
      <TestProviders>
        <TestBoardLive>
          <SignedInAs />
          <TaskForm task={aTask({ version: 3 })} />
        </TestBoardLive>
      </TestProviders>,
    );
    await screen.findByText('Signed in as member');
    const labels = field('Labels');
    fireEvent.change(labels, { target: { value: 'air，water' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(labels).toHaveAttribute('aria-invalid', 'true'));
    expect(labels).toHaveAccessibleDescription('label contains a control character');
    expect(saves).toEqual([{ labels: ['air', 'water'], version: 3 }]);
  });
});

describe('The task form’s deadline, title limit and unsaved edits', () => {
  beforeEach(() => i18n.changeLanguage('en'));
  afterEach(() => jest.restoreAllMocks());

  async function renderEditable(task: TaskView) {
    const fake = signedInAs(supervisor, { status: 200, body: { ...task, version: task.version + 1 } });
    render(
      <TestProviders>
        <TestBoardLive>
          <SignedInAs />
          <TaskForm task={task} />
        </TestBoardLive>
      </TestProviders>,
    );
    await screen.findByText('Signed in as supervisor');
    return fake;
  }

  it('offers deadlines from 2000 to 2099 only, and refuses 9999-12-31 on the field without saving', async () => {
    const { saves } = await renderEditable(aTask({ version: 2, deadline: '2030-06-30' }));
    const deadline = field('Deadline');
    expect(deadline).toHaveAttribute('min', '2000-01-01');
    expect(deadline).toHaveAttribute('max', '2099-12-31');

    fireEvent.change(deadline, { target: { value: '9999-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(deadline).toHaveAccessibleDescription('Choose a date from 2000-01-01 to 2099-12-31.');
    expect(saves).toHaveLength(0);
  });

  it('asks before moving the deadline into the past, and saves only when the user agrees', async () => {
    const { saves } = await renderEditable(aTask({ version: 2, deadline: '2030-06-30' }));
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.change(field('Deadline'), { target: { value: '2020-01-15' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(confirm).toHaveBeenLastCalledWith('The deadline 2020-01-15 is in the past. Save anyway?');
    expect(saves).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves).toEqual([{ deadline: '2020-01-15', version: 2 }]));
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('does not ask about a future deadline, nor about other fields of an overdue task', async () => {
    const { saves } = await renderEditable(aTask({ version: 2, deadline: '2020-01-15' }));
    const confirm = jest.spyOn(window, 'confirm');
    fireEvent.change(field('Title'), { target: { value: 'Relocate the chemical plants' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(confirm).not.toHaveBeenCalled();
  });

  it('counts the title’s characters from 80% of its 200 on', async () => {
    await renderEditable(aTask({ title: 'Short' }));
    const title = field('Title');
    expect(screen.queryByTestId('length-counter')).not.toBeInTheDocument();

    fireEvent.change(title, { target: { value: 'x'.repeat(159) } });
    expect(screen.queryByTestId('length-counter')).not.toBeInTheDocument();
    fireEvent.change(title, { target: { value: 'x'.repeat(160) } });
    expect(screen.getByTestId('length-counter')).toHaveTextContent('160 / 200');
    fireEvent.change(title, { target: { value: 'x'.repeat(200) } });
    expect(screen.getByTestId('length-counter')).toHaveTextContent('200 / 200');
  });

  it('warns before the page unloads while edits are unsaved, and not once they are discarded', async () => {
    await renderEditable(aTask({}));
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);

    fireEvent.change(field('Description'), { target: { value: 'Half-typed' } });
    expect(unload()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(unload()).toBe(false);
  });
});
