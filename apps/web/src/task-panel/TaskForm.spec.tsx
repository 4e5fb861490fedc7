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
