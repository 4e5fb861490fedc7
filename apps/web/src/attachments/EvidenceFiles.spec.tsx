import type { BoardSnapshot, UserView } from '@duban/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { anAttachment } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { aTask } from '../testing/task-factory';
import { sendAttachment } from './attachment-requests';
import { EvidenceFiles } from './EvidenceFiles';

const ecologyMember: UserView = {
  id: 'u-li',
  username: 'li',
  displayName: 'Li Na',
  role: 'member',
  departmentId: 'd-ecology',
  active: true,
};
const task = aTask({ status: 'in_progress' });

/** One upload as the browser would send it: the test plays the server, with progress and an answer. */
class FakeUpload {
  static sent: FakeUpload[] = [];
  readonly upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  form: FormData | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(form: FormData) {
    this.form = form;
    FakeUpload.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  get fileName() {
    return (this.form?.get('file') as File).name;
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  /** Settles the upload's promise, and lets the page take in the answer. */
  async answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(() => Promise.resolve(this.onload?.()));
  }
}

function renderEvidence() {
  FakeUpload.sent = [];
  globalThis.XMLHttpRequest = FakeUpload as unknown as typeof XMLHttpRequest;
  const snapshot = {
    board: { id: 'b1', archivedAt: null },
    tasks: [task],
    seq: 1,
  } as unknown as BoardSnapshot;
  globalThis.fetch = jest.fn((url: string) =>
    Promise.resolve({
      ok: true,
      status: 200,
      json: () =>
        Promise.resolve(url === '/api/me' ? ecologyMember : url === '/api/boards/b1' ? snapshot : []),
      blob: () => Promise.resolve(new Blob(['thumbnail'])),
    } as Response),
  ) as unknown as typeof fetch;
  render(
    <TestProviders users={[ecologyMember]}>
      <TestBoardLive boardId="b1">
        <EvidenceFiles task={task} attachments={[]} />
      </TestBoardLive>
    </TestProviders>,
  );
}

const photo = (name: string) => new File([new Uint8Array(2048)], name, { type: 'image/jpeg' });
const uploadRow = (name: string) => screen.getByText(name).closest('li')!;

async function choose(files: File[]) {
  const input = await waitFor(() => screen.getByTestId<HTMLInputElement>('attachment-input'));
  fireEvent.change(input, { target: { files } });
  await waitFor(() => expect(FakeUpload.sent).toHaveLength(files.length));
}

describe('Uploading evidence files', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    URL.createObjectURL = jest.fn(() => 'blob:thumbnail');
    URL.revokeObjectURL = jest.fn();
  });

  it('sends each chosen file in its own request with the token, each with its own progress', async () => {
    renderEvidence();
    await choose([photo('before.jpg'), photo('after.jpg')]);

    const [before, after] = FakeUpload.sent;
    expect(FakeUpload.sent.map((upload) => [upload.method, upload.url, upload.fileName])).toEqual([
      ['POST', `/api/tasks/${task.id}/attachments`, 'before.jpg'],
      ['POST', `/api/tasks/${task.id}/attachments`, 'after.jpg'],
    ]);
    expect(before!.headers.Authorization).toBe('Bearer test-token');

    before!.progress(1024, 2048);
    after!.progress(512, 2048);
    expect(within(uploadRow('before.jpg')).getByRole('progressbar').getAttribute('value')).toBe('50');
    expect(within(uploadRow('after.jpg')).getByRole('progressbar').getAttribute('value')).toBe('25');
    expect(within(uploadRow('before.jpg')).getByText('50%')).toBeTruthy();

    await before!.answer(201, anAttachment({ taskId: task.id, name: 'before.jpg' }));
    expect(uploadRow('before.jpg').getAttribute('data-state')).toBe('done');
    expect(within(uploadRow('before.jpg')).getByText('Uploaded')).toBeTruthy();
    expect(uploadRow('after.jpg').getAttribute('data-state')).toBe('sending');
  });

  it('says why one file was refused, in the reader’s language, while the other arrives; Retry sends it again', async () => {
    renderEvidence();
    await choose([photo('huge.jpg'), photo('fine.jpg')]);
    const [huge, fine] = FakeUpload.sent;

    await huge!.answer(413, {
      statusCode: 413,
      message: 'file: A file may be at most 25.0 MB',
      code: 'payload_too_large',
      details: [{ field: 'file', message: 'A file may be at most 25.0 MB' }],
    });
    await fine!.answer(201, anAttachment({ taskId: task.id, name: 'fine.jpg' }));
    expect(within(uploadRow('huge.jpg')).getByRole('alert').textContent).toBe(
      'Too large: a file may be at most 25.0 MB.',
    );
    expect(uploadRow('fine.jpg').getAttribute('data-state')).toBe('done');

    await act(() => i18n.changeLanguage('zh-CN'));
    expect(within(uploadRow('huge.jpg')).getByRole('alert').textContent).toBe(
      '文件过大：单个附件不得超过 25.0 MB。',
    );
    fireEvent.click(within(uploadRow('huge.jpg')).getByRole('button', { name: '重试' }));
    expect(FakeUpload.sent).toHaveLength(3);
    expect(FakeUpload.sent[2]!.fileName).toBe('huge.jpg');
    expect(uploadRow('huge.jpg').getAttribute('data-state')).toBe('sending');
  });

  it('names a refused type and lets the failed upload be dismissed', async () => {
    renderEvidence();
    await choose([new File(['<html>'], 'page.html', { type: 'text/html' })]);

    await FakeUpload.sent[0]!.answer(415, {
      statusCode: 415,
      message: 'file: this type of file cannot be attached (images, PDF, Office documents, text and zip can)',
      code: 'unsupported_media_type',
    });
    expect(within(uploadRow('page.html')).getByRole('alert').textContent).toBe(
      'This type of file cannot be attached: photos, PDF, Office documents, text and zip can.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss “page.html”' }));
    expect(screen.queryByText('page.html')).toBeNull();
  });

  it('sends a report’s id before the file, so the server knows where it belongs', () => {
    FakeUpload.sent = [];
    globalThis.XMLHttpRequest = FakeUpload as unknown as typeof XMLHttpRequest;
    sendAttachment({
      token: 'token',
      taskId: 't1',
      file: photo('survey.jpg'),
      place: { reportId: 'r1' },
      onProgress: () => undefined,
    });
    expect([...FakeUpload.sent[0]!.form!.keys()]).toEqual(['reportId', 'file']);
  });
});
