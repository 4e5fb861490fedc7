import {
  MAX_MINUTES_LENGTH,
  type DepartmentView,
  type MinutesDraft,
  type MinutesPreview,
} from '@duban/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import i18n from '../i18n/i18n';
import { aTask } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { ImportedNotice } from './ImportedNotice';
import { MinutesImportPage } from './MinutesImportPage';

const BOARD = 'b5f2c1d4-1a2b-4c3d-8e4f-5a6b7c8d9e01';
const ECOLOGY = '0b7e8a1c-5d2f-4c3a-9e1b-2f6d8c4a7e10';
const WATER = '1c8f9b2d-6e3a-4d4b-8f2c-3a7e9d5b8f21';
const PORT = '2d9a0c3e-7f4b-4e5c-9a3d-4b8f0e6c9a32';
const departments = [
  { id: ECOLOGY, name: 'Ecology and Environment Bureau', archived: false, keywords: [] },
  { id: WATER, name: 'Water Affairs Bureau', archived: false, keywords: [] },
  { id: PORT, name: 'Port Authority', archived: false, keywords: [] },
] as DepartmentView[];

const MINUTES = [
  'Standing Committee meeting, April 21',
  'The meeting required: strengthen river protection. Clean up the lakes by October.',
  'It is necessary to speed up port logistics.',
  'Efforts should be made to plant trees along the canal.',
].join('\n');

const spanOf = (sentence: string) => ({
  sourceStart: MINUTES.indexOf(sentence),
  sourceEnd: MINUTES.indexOf(sentence) + sentence.length,
});

const DRAFTS: MinutesDraft[] = [
  {
    title: 'Strengthen river protection',
    description: 'Strengthen river protection. Clean up the lakes by October.',
    deadline: '2021-10-31',
    leadDepartmentId: ECOLOGY,
    cooperatingDepartmentIds: [WATER],
    matched: ['river', 'lakes'],
    ...spanOf('strengthen river protection. Clean up the lakes by October.'),
  },
  {
    title: 'Speed up port logistics',
    description: 'It is necessary to speed up port logistics.',
    leadDepartmentId: PORT,
    cooperatingDepartmentIds: [],
    matched: ['port'],
    ...spanOf('It is necessary to speed up port logistics.'),
  },
  {
    title: 'Plant trees along the canal',
    description: 'Efforts should be made to plant trees along the canal.',
    cooperatingDepartmentIds: [],
    matched: [],
    ...spanOf('Efforts should be made to plant trees along the canal.'),
  },
];

interface FakeResponse {
  status: number;
  body: unknown;
}

/** The API as the page sees it: who is signed in, the splitter's answer, and the import's. */
function fakeApi(options: { role?: string; preview?: MinutesPreview; importAnswer?: FakeResponse }) {
  const requests: { url: string; body: unknown }[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    const body = init.body ? (JSON.parse(init.body as string) as unknown) : undefined;
    requests.push({ url, body });
    let answer: FakeResponse = { status: 404, body: { message: 'No fake' } };
    if (url === '/api/me') {
      answer = {
        status: 200,
        body: { id: 'me', role: options.role ?? 'supervisor', departmentId: null, preferences: {} },
      };
    } else if (url === '/api/minutes/preview') {
      answer = { status: 200, body: options.preview ?? { drafts: DRAFTS } };
    } else if (url === `/api/boards/${BOARD}/minutes` && init.method === 'POST') {
      answer = options.importAnswer ?? { status: 201, body: { minutesId: 'm-1', tasks: [] } };
    }
    return Promise.resolve({
      ok: answer.status < 400,
      status: answer.status,
      statusText: '',
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as unknown as typeof fetch;
  const posted = (path: string) => requests.filter((request) => request.url === path);
  return { posted };
}

function openPage() {
  render(
    <TestProviders departments={departments}>
      <StartAt path={`/boards/${BOARD}/minutes/import`} />
      <Routes>
        <Route path="/" element={null} />
        <Route path="/boards/:boardId/minutes/import" element={<MinutesImportPage />} />
        <Route path="/boards/:boardId" element={<ImportedNotice />} />
      </Routes>
    </TestProviders>,
  );
}

/** TestProviders' router starts at "/": go to the page under test. */
function StartAt({ path }: { path: string }) {
  const navigate = useNavigate();
  useEffect(() => void navigate(path, { replace: true }), [navigate, path]);
  return null;
}

async function pasteMinutes() {
  const source = await screen.findByLabelText('Meeting minutes');
  fireEvent.paste(source);
  fireEvent.change(source, { target: { value: MINUTES } });
  return screen.findAllByTestId('minutes-draft');
}

const card = (number: number) => screen.getByRole('article', { name: `Draft ${number}` });

describe('Import from minutes', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('a paste asks the server for drafts at once and shows one card per decision, with why it suggests', async () => {
    const { posted } = fakeApi({});
    openPage();
    const cards = await pasteMinutes();

    expect(posted('/api/minutes/preview')).toEqual([
      { url: '/api/minutes/preview', body: { text: MINUTES, boardId: BOARD } },
    ]);
    expect(cards).toHaveLength(3);
    const first = within(card(1));
    expect(first.getByLabelText('Title')).toHaveValue('Strengthen river protection');
    expect(first.getByLabelText('Deadline')).toHaveValue('2021-10-31');
    expect(first.getByLabelText('Lead department')).toHaveValue(ECOLOGY);
    expect(first.getByLabelText('Lead department')).toHaveAccessibleDescription(
      'Ecology and Environment Bureau — Suggested because it mentions: river, lakes',
    );
    expect(first.getByRole('checkbox', { name: 'Water Affairs Bureau' })).toBeChecked();
    expect(first.getByText(/strengthen river protection\. Clean up the lakes/)).toBeInTheDocument();
    expect(within(card(3)).getByLabelText('Lead department')).toHaveAccessibleDescription(
      'No suggestion: no department’s keywords appear in this decision.',
    );
    expect(screen.getByRole('button', { name: 'Create 3 tasks' })).toBeEnabled();
  });

  it('drops a draft (and undoes it), merges one with the next, and splits one in two', async () => {
    fakeApi({});
    openPage();
    await pasteMinutes();

    fireEvent.click(screen.getByRole('button', { name: 'Drop draft 2' }));
    expect(screen.getAllByTestId('minutes-draft')).toHaveLength(2);
    expect(screen.getByText('Draft “Speed up port logistics” dropped.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(card(2)).getByLabelText('Title')).toHaveValue('Speed up port logistics');

    fireEvent.click(screen.getByRole('button', { name: 'Merge draft 2 with draft 3' }));
    expect(screen.getAllByTestId('minutes-draft')).toHaveLength(2);
    expect(within(card(2)).getByLabelText('Title')).toHaveValue('Speed up port logistics');
    expect(within(card(2)).getByLabelText('Description')).toHaveValue(
      'It is necessary to speed up port logistics.\nEfforts should be made to plant trees along the canal.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Split draft 1 in two' }));
    expect(screen.getAllByTestId('minutes-draft')).toHaveLength(3);
    expect(within(card(1)).getByLabelText('Description')).toHaveValue('Strengthen river protection.');
    expect(within(card(2)).getByLabelText('Title')).toHaveValue('Clean up the lakes by October');
    expect(within(card(2)).getByLabelText('Lead department')).toHaveValue(ECOLOGY);
    expect(screen.getByRole('button', { name: 'Create 3 tasks' })).toBeEnabled();
  });

  it('a paste while drafts are under review keeps them, says the text changed, and holds Create back', async () => {
    const { posted } = fakeApi({});
    openPage();
    await pasteMinutes();
    fireEvent.change(within(card(1)).getByLabelText('Title'), { target: { value: 'Protect the rivers' } });
    const source = screen.getByLabelText('Meeting minutes');
    fireEvent.paste(source);
    fireEvent.change(source, { target: { value: `${MINUTES}\nThe meeting also studied other matters.` } });

    expect(posted('/api/minutes/preview')).toHaveLength(1);
    expect(within(card(1)).getByLabelText('Title')).toHaveValue('Protect the rivers');
    expect(screen.getByText(/The minutes have changed since the decisions were found/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create 3 tasks' })).toBeDisabled();
  });

  it('sends the edited drafts; a refusal shows on the named draft and field and keeps every edit', async () => {
    const { posted } = fakeApi({
      importAnswer: {
        status: 400,
        body: {
          message: 'Validation failed',
          code: 'validation_failed',
          details: [{ field: 'drafts.1.leadDepartmentId', message: 'department is archived' }],
        },
      },
    });
    openPage();
    await pasteMinutes();
    fireEvent.click(screen.getByRole('button', { name: 'Drop draft 1' }));
    const port = within(card(1));
    fireEvent.change(port.getByLabelText('Title'), { target: { value: 'Port logistics hub' } });
    fireEvent.change(within(card(2)).getByLabelText('Lead department'), { target: { value: WATER } });
    fireEvent.change(screen.getByLabelText('Title of these minutes'), { target: { value: 'April 21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create 2 tasks' }));

    const lead = within(card(2)).getByLabelText('Lead department');
    await waitFor(() => expect(lead).toHaveAttribute('aria-invalid', 'true'));
    expect(lead).toHaveAccessibleDescription(/^department is archived/);
    expect(lead).toHaveFocus();
    expect(within(card(1)).getByLabelText('Lead department')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('Nothing was created: some drafts need attention (marked below).')).toBeVisible();
    expect(port.getByLabelText('Title')).toHaveValue('Port logistics hub');
    expect(lead).toHaveValue(WATER);
    expect(posted(`/api/boards/${BOARD}/minutes`)[0]?.body).toEqual({
      text: MINUTES,
      title: 'April 21',
      drafts: [
        {
          title: 'Port logistics hub',
          description: 'It is necessary to speed up port logistics.',
          deadline: null,
          leadDepartmentId: PORT,
          cooperatingDepartmentIds: [],
          ...spanOf('It is necessary to speed up port logistics.'),
        },
        {
          title: 'Plant trees along the canal',
          description: 'Efforts should be made to plant trees along the canal.',
          deadline: null,
          leadDepartmentId: WATER,
          cooperatingDepartmentIds: [],
          ...spanOf('Efforts should be made to plant trees along the canal.'),
        },
      ],
    });

    // Choosing again answers the problem.
    fireEvent.change(lead, { target: { value: ECOLOGY } });
    expect(lead).not.toHaveAttribute('aria-invalid');
  });

  it('a blank title is refused before anything is sent, on its draft', async () => {
    const { posted } = fakeApi({});
    openPage();
    await pasteMinutes();
    const title = within(card(3)).getByLabelText('Title');
    fireEvent.change(title, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create 3 tasks' }));
    await waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAccessibleDescription('Required.');
    expect(posted(`/api/boards/${BOARD}/minutes`)).toHaveLength(0);
  });

  it('created: back on the board with "3 tasks created from the minutes."', async () => {
    fakeApi({
      importAnswer: { status: 201, body: { minutesId: 'm-1', tasks: [aTask(), aTask(), aTask()] } },
    });
    openPage();
    await pasteMinutes();
    fireEvent.click(screen.getByRole('button', { name: 'Create 3 tasks' }));
    expect(await screen.findByTestId('minutes-imported')).toHaveTextContent(
      '3 tasks created from the minutes.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('minutes-imported')).toBeNull();
  });

  it('no decisions: says why, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    fakeApi({ preview: { drafts: [], reason: 'no_decisions' } });
    openPage();
    const source = await screen.findByLabelText('会议纪要');
    fireEvent.change(source, { target: { value: 'asdf qwer zxcv' } });
    fireEvent.click(screen.getByRole('button', { name: '识别决策事项' }));
    expect(await screen.findByText(/这段文本中未找到决策事项/)).toBeInTheDocument();
    expect(screen.queryByTestId('minutes-draft')).toBeNull();
  });

  it('minutes over the length limit are refused in the reader’s language, before anything is sent', async () => {
    const { posted } = fakeApi({});
    openPage();
    const source = await screen.findByLabelText('Meeting minutes');
    fireEvent.paste(source);
    fireEvent.change(source, { target: { value: 'x'.repeat(MAX_MINUTES_LENGTH + 1) } });
    expect(await screen.findByRole('alert')).toHaveTextContent(`At most ${MAX_MINUTES_LENGTH} characters.`);
    expect(posted('/api/minutes/preview')).toHaveLength(0);
  });

  it('a department member is told they may not import, and sees no form', async () => {
    fakeApi({ role: 'member' });
    openPage();
    expect(
      await screen.findByText('Only supervisors and administrators can import minutes into a board.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Meeting minutes')).toBeNull();
  });

  it('a file that is neither .txt nor .docx is refused with its name', async () => {
    fakeApi({});
    openPage();
    const picker = await screen.findByLabelText('Choose a .txt or .docx file');
    const file = new File(['%PDF-1.4'], 'minutes.pdf', { type: 'application/pdf' });
    fireEvent.change(picker, { target: { files: [file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“minutes.pdf” is not a .txt or .docx file. Save the minutes as one of those, or paste their text.',
    );
  });
});
