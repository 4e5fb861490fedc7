import type { DepartmentView } from '@duban/contracts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { TestProviders } from '../testing/TestProviders';
import { parseKeywords } from './department-keywords';
import { DepartmentsSection } from './DepartmentsSection';

const ECOLOGY: DepartmentView = {
  id: '7d0f6b7e-3f2a-4c1e-9a55-0b6c1d2e3f41',
  name: '市生态环境局',
  archived: false,
  keywords: ['生态', 'emission'],
};

interface Answer {
  status: number;
  body: unknown;
}

/** GET /api/departments lists ECOLOGY as last saved; PATCH answers `patchAnswer` (or echoes the change). */
function fakeApi(patchAnswer?: Answer) {
  const patched: unknown[] = [];
  let department = ECOLOGY;
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    let answer: Answer = { status: 200, body: [] };
    if (url === '/api/departments') answer = { status: 200, body: [department] };
    if (url === `/api/departments/${ECOLOGY.id}` && init.method === 'PATCH') {
      const body = JSON.parse(init.body as string) as Partial<DepartmentView>;
      patched.push(body);
      if (!patchAnswer) department = { ...department, ...body };
      answer = patchAnswer ?? { status: 200, body: department };
    }
    return Promise.resolve({
      ok: answer.status < 400,
      status: answer.status,
      statusText: '',
      headers: new Headers(),
      json: () => Promise.resolve(answer.body),
    } as Response);
  }) as unknown as typeof fetch;
  return { patched };
}

async function openKeywords() {
  render(
    <TestProviders departments={[ECOLOGY]}>
      <DepartmentsSection />
    </TestProviders>,
  );
  const row = await screen.findByRole('listitem', { name: '市生态环境局' });
  fireEvent.click(within(row).getByTestId('edit-department-keywords'));
  const dialog = await screen.findByTestId('department-keywords-form');
  return { row, dialog, field: within(dialog).getByRole('textbox') };
}

describe('Keywords of a department (minutes import suggestions)', () => {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.open = true;
    };
  });
  beforeEach(() => i18n.changeLanguage('zh-CN'));
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });
  jest.setTimeout(30_000);

  it('reads commas, Chinese separators and lines, without blanks or repeats', () => {
    expect(parseKeywords('生态, 环境，污染、Emission\n\n emission ;排放；')).toEqual([
      '生态',
      '环境',
      '污染',
      'Emission',
      '排放',
    ]);
  });

  it('lists the keywords, edits them one per line and saves them with PATCH {keywords}', async () => {
    const { patched } = fakeApi();
    const { row, field } = await openKeywords();
    expect(within(row).getByTestId('department-keywords')).toHaveTextContent('生态emission');
    expect(field).toHaveValue('生态\nemission');
    fireEvent.change(field, { target: { value: '生态\nemission, 环境，污染' } });
    fireEvent.click(screen.getByRole('button', { name: '保存关键词' }));
    await screen.findByText('污染');
    expect(patched).toEqual([{ keywords: ['生态', 'emission', '环境', '污染'] }]);
    expect(screen.queryByTestId('department-keywords-form')).toBeNull();
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((chip) => chip.textContent),
    ).toEqual(['生态', 'emission', '环境', '污染']);
  });

  it('names a keyword that is too long on the field, and sends nothing', async () => {
    const { patched } = fakeApi();
    const { dialog, field } = await openKeywords();
    const long = '环'.repeat(41);
    fireEvent.change(field, { target: { value: `生态\n${long}` } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存关键词' }));
    expect(await within(dialog).findByText(`“${long}”超过 40 个字符。`)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(patched).toEqual([]);
  });

  it('shows the server’s refusal on the keywords field', async () => {
    fakeApi({
      status: 400,
      body: {
        message: 'Invalid request',
        details: [{ field: 'keywords.0', message: 'contains control characters' }],
      },
    });
    const { dialog, field } = await openKeywords();
    fireEvent.change(field, { target: { value: '水' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存关键词' }));
    expect(await within(dialog).findByText('contains control characters')).toBeInTheDocument();
    expect(screen.getByTestId('department-keywords-form')).toBeInTheDocument();
  });
});
