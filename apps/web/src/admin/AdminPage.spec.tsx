import type { AdminActivityEntry, CurrentUser, DepartmentView, UserView } from '@duban/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { activitySentence } from './ActivitySection';
import { AdminPage } from './AdminPage';

const admin: CurrentUser = {
  id: 'user-admin',
  username: 'admin',
  displayName: 'Administrator',
  role: 'admin',
  departmentId: null,
  active: true,
  preferences: { language: null, cardDensity: 'comfortable' },
};
const departments: DepartmentView[] = [
  {
    id: '7d0f6b7e-3f2a-4c1e-9a55-0b6c1d2e3f41',
    name: 'Water Resources Bureau',
    archived: false,
    keywords: [],
  },
  {
    id: '2c9e4f6a-8b1d-4e3f-a7c5-d9e0f1a2b3c4',
    name: 'Former Planning Office',
    archived: true,
    keywords: [],
  },
];
const users: UserView[] = [admin];

interface Answer {
  status: number;
  body: unknown;
}

/** The API as the page sees it; POST /api/users answers `createAnswer`, and what was posted is kept. */
function fakeApi(me: CurrentUser, createAnswer: Answer = { status: 201, body: users[0] }) {
  const posted: unknown[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    let answer: Answer = { status: 404, body: { message: `No fake for ${url}` } };
    if (url === '/api/me') answer = { status: 200, body: me };
    if (url === '/api/users' && init.method === 'POST') {
      posted.push(JSON.parse(init.body as string));
      answer = createAnswer;
    } else if (url === '/api/users') answer = { status: 200, body: users };
    if (url === '/api/departments') answer = { status: 200, body: departments };
    return Promise.resolve({
      ok: answer.status < 400,
      status: answer.status,
      statusText: '',
      headers: new Headers(),
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as unknown as typeof fetch;
  return { posted };
}

function renderAdmin() {
  render(
    <TestProviders users={users} departments={departments}>
      <AdminPage />
    </TestProviders>,
  );
}

describe('Administration page', () => {
  beforeAll(() => {
    // jsdom has no modal dialogs: opening one is enough here.
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });
  beforeEach(() => i18n.changeLanguage('en'));
  // Rendering a page with its dialogs in jsdom is slow on a busy machine.
  jest.setTimeout(30_000);
  const eventually = { timeout: 10_000 };

  it('tells a non-administrator it is not allowed, and shows nothing of the administration', async () => {
    fakeApi({ ...admin, role: 'supervisor' });
    renderAdmin();
    expect(await screen.findByRole('heading', { name: 'Not allowed' }, eventually)).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('creates a user with the issue’s labels, offers no archived department, and shows the server’s refusal on its field', async () => {
    const { posted } = fakeApi(admin, {
      status: 409,
      body: {
        statusCode: 409,
        code: 'already_exists',
        message: 'The username "water.chen" is taken',
        details: [{ field: 'username', message: 'already taken' }],
      },
    });
    renderAdmin();
    fireEvent.click(await screen.findByRole('tab', { name: 'Users' }, eventually));
    fireEvent.click(await screen.findByRole('button', { name: 'New user' }, eventually));
    const dialog = screen.getByRole('dialog', { name: 'New user' });
    const department = within(dialog).getByLabelText<HTMLSelectElement>('Department');
    expect(
      within(department)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No department', 'Water Resources Bureau']);

    // Checked with the contracts' schema first: nothing is sent while a field is wrong.
    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'water chen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'New user' }));
    expect(within(dialog).getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Username'), { target: { value: 'water.chen' } });
    fireEvent.change(within(dialog).getByLabelText('Display name'), { target: { value: 'Chen Shui' } });
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'rivers-1234' } });
    fireEvent.change(within(dialog).getByLabelText('Role'), { target: { value: 'leader' } });
    fireEvent.change(department, { target: { value: '7d0f6b7e-3f2a-4c1e-9a55-0b6c1d2e3f41' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'New user' }));

    expect(await within(dialog).findByText('already taken', {}, eventually)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toEqual([
      {
        username: 'water.chen',
        displayName: 'Chen Shui',
        password: 'rivers-1234',
        role: 'leader',
        departmentId: '7d0f6b7e-3f2a-4c1e-9a55-0b6c1d2e3f41',
      },
    ]);
  });

  it('says a department’s first keywords were set from “none”, and a role in the reader’s words', async () => {
    await i18n.changeLanguage('en');
    const entry = (action: AdminActivityEntry['action'], before: string, after: string) => ({
      id: 1,
      at: '2026-12-06T09:00:00Z',
      actor: { id: admin.id, displayName: 'Administrator' },
      action,
      target: { type: 'department' as const, id: departments[0]!.id, name: 'Water Resources Bureau' },
      change: { before, after },
    });
    const t = i18n.getFixedT<['admin', 'common']>(null, ['admin', 'common']);
    expect(activitySentence(entry('department.keywords_changed', '', 'dam, 水库'), t)).toBe(
      'Administrator changed the keywords of “Water Resources Bureau” from “none” to “dam, 水库”',
    );
    expect(activitySentence(entry('user.role_changed', 'member', 'supervisor'), t)).toContain(
      'from Member to Supervisor',
    );
  });
});
