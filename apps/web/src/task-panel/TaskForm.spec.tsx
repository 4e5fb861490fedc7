import type { TaskView, UserView } from '@duban/contracts';
import { fireEvent, render, screen } from '@testing-library/react';
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

/** The API as the panel sees it here: only who is signed in. */
function signedInAs(me: UserView) {
  globalThis.fetch = jest.fn((url: string) =>
    Promise.resolve({
      ok: url === '/api/me',
      status: url === '/api/me' ? 200 : 404,
      statusText: '',
      json: () => Promise.resolve(url === '/api/me' ? me : { message: `No fake for ${url}` }),
    } as Response),
  ) as unknown as typeof fetch;
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
