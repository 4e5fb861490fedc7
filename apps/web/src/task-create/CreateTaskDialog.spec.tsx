import type { DepartmentView } from '@duban/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { CreateTaskDialog } from './CreateTaskDialog';

const ecology = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
const departments = [{ id: ecology, name: 'Ecology and Environment Bureau' }] as DepartmentView[];

interface FakeResponse {
  status: number;
  body: unknown;
}

/** The API as the dialog sees it: every POST is recorded and answered with `answer`. */
function fakeApi(answer: FakeResponse) {
  const posts: unknown[] = [];
  globalThis.fetch = jest.fn((_url: string, init: RequestInit = {}) => {
    if (init.method === 'POST') posts.push(JSON.parse(init.body as string));
    const response = init.method === 'POST' ? answer : { status: 404, body: { message: 'No fake' } };
    return Promise.resolve({
      ok: response.status < 400,
      status: response.status,
      statusText: '',
      json: () => Promise.resolve(response.body),
    } as Response);
  }) as unknown as typeof fetch;
  return { posts };
}

function openDialog() {
  render(
    <TestProviders departments={departments}>
      <TestBoardLive>
        <CreateTaskDialog onClose={() => undefined} />
      </TestBoardLive>
    </TestProviders>,
  );
  return screen.getByTestId('create-task-form');
}

const create = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Create task' }));

describe('The create-task dialog, on the form kit', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opening one is enough here.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });
  beforeEach(() => i18n.changeLanguage('en'));

  it('refuses a blank title without asking the server, says why, and takes the user to the field', async () => {
    const { posts } = fakeApi({ status: 201, body: {} });
    const form = openDialog();
    const title = within(form).getByLabelText('Title');
    expect(title).toHaveAttribute('maxLength', '200');

    fireEvent.change(title, { target: { value: '   ' } });
    create(form);

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Required.');
    await waitFor(() => expect(title).toHaveFocus());
    expect(posts).toHaveLength(0);

    // Editing the field clears its problem.
    fireEvent.change(title, { target: { value: 'Port logistics' } });
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('sends the labels as a list and shows the server’s refusal of a field next to that field', async () => {
    const { posts } = fakeApi({
      status: 400,
      body: {
        message: 'Validation failed',
        code: 'validation_failed',
        details: [{ field: 'labels.1', message: 'label contains a control character' }],
      },
    });
    const form = openDialog();
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Port logistics' } });
    fireEvent.change(within(form).getByLabelText('Lead department'), { target: { value: ecology } });
    const labels = within(form).getByLabelText('Labels');
    fireEvent.change(labels, { target: { value: 'port, 物流；water' } });
    create(form);

    await waitFor(() => expect(labels).toHaveAttribute('aria-invalid', 'true'));
    expect(labels).toHaveAccessibleDescription(/^label contains a control character/);
    await waitFor(() => expect(labels).toHaveFocus());
    expect(posts).toEqual([
      { title: 'Port logistics', kind: 'task', leadDepartmentId: ecology, labels: ['port', '物流', 'water'] },
    ]);
  });

  it('asks before creating a task that is overdue from the start, and creates it only on “OK”', async () => {
    const { posts } = fakeApi({ status: 201, body: {} });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const form = openDialog();
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Port logistics' } });
    fireEvent.change(within(form).getByLabelText('Deadline'), { target: { value: '2019-03-01' } });

    create(form);
    expect(confirm).toHaveBeenLastCalledWith('The deadline 2019-03-01 is in the past. Save anyway?');
    expect(posts).toHaveLength(0);

    create(form);
    await waitFor(() =>
      expect(posts).toEqual([{ title: 'Port logistics', kind: 'task', deadline: '2019-03-01' }]),
    );
    confirm.mockRestore();
  });

  it('offers deadlines from 2000 to 2099 and refuses 9999-12-31 on the field, without asking the server', () => {
    const { posts } = fakeApi({ status: 201, body: {} });
    const form = openDialog();
    const deadline = within(form).getByLabelText('Deadline');
    expect(deadline).toHaveAttribute('min', '2000-01-01');
    expect(deadline).toHaveAttribute('max', '2099-12-31');
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Port logistics' } });
    fireEvent.change(deadline, { target: { value: '9999-12-31' } });

    create(form);

    expect(deadline).toHaveAccessibleDescription('Choose a date from 2000-01-01 to 2099-12-31.');
    expect(posts).toHaveLength(0);
  });

  it('shows how much of the title’s 200 characters is used once it nears the limit', () => {
    fakeApi({ status: 201, body: {} });
    const form = openDialog();
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '督'.repeat(170) } });
    expect(within(form).getByTestId('length-counter')).toHaveTextContent('170 / 200');
  });

  it('says there is nothing to choose from instead of showing an empty list', () => {
    fakeApi({ status: 201, body: {} });
    const form = openDialog();
    const cooperating = within(form).getByRole('group', { name: 'Cooperating departments' });
    expect(within(cooperating).getAllByRole('checkbox')).toHaveLength(1);

    // The only department leads: it cannot cooperate too.
    fireEvent.change(within(form).getByLabelText('Lead department'), { target: { value: ecology } });

    expect(cooperating).toHaveTextContent('Nothing to choose from.');
    expect(within(cooperating).queryByRole('list')).not.toBeInTheDocument();
  });
});
