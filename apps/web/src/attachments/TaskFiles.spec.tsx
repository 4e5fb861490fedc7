import type { AttachmentView, BoardSnapshot, TaskView, UserView } from '@duban/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { anAttachment } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { aTask } from '../testing/task-factory';
import { TaskFiles } from './TaskFiles';

const supervisor: UserView = {
  id: 'u-wang',
  username: 'wang',
  displayName: 'Wang Fang',
  role: 'supervisor',
  departmentId: null,
  active: true,
};
const ecologyMember: UserView = {
  ...supervisor,
  id: 'u-li',
  username: 'li',
  displayName: 'Li Na',
  role: 'member',
  departmentId: 'd-ecology',
};
const colleague: UserView = { ...ecologyMember, id: 'u-zhou', username: 'zhou', displayName: 'Zhou Lei' };

const onTask = (overrides: Partial<AttachmentView>) =>
  anAttachment({ taskId: 't1', boardId: 'b1', createdById: ecologyMember.id, ...overrides });

/** The API as the Files tab sees it: who is signed in, the task's files, and what is deleted. */
function renderFiles(me: UserView, task: TaskView, attachments: AttachmentView[]) {
  const deleted: string[] = [];
  const snapshot = {
    board: { id: 'b1', title: 'May', departmentIds: [], archivedAt: null },
    tasks: [task],
    seq: 1,
  } as unknown as BoardSnapshot;
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    if (init.method === 'DELETE') deleted.push(url);
    const body =
      url === '/api/me'
        ? me
        : url === '/api/boards/b1'
          ? snapshot
          : url.endsWith('/attachments')
            ? attachments
            : {};
    return Promise.resolve({
      ok: true,
      status: init.method === 'DELETE' ? 204 : 200,
      statusText: '',
      json: () => Promise.resolve(body),
      blob: () => Promise.resolve(new Blob(['thumbnail'])),
    } as Response);
  }) as unknown as typeof fetch;
  render(
    <TestProviders users={[supervisor, ecologyMember, colleague]}>
      <TestBoardLive boardId="b1">
        <TaskFiles task={task} />
      </TestBoardLive>
    </TestProviders>,
  );
  return { deleted };
}

const groupNamed = (name: string) => screen.getByRole('region', { name });
const namesIn = (element: HTMLElement) =>
  within(element)
    .queryAllByTestId('attachment')
    .map((item) => item.querySelector('.attachment-name')?.textContent);

describe('The Files tab of a task', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
    URL.createObjectURL = jest.fn(() => 'blob:thumbnail');
    URL.revokeObjectURL = jest.fn();
  });

  it('groups the evidence on the task apart from the files on reports and comments, each with size and adder', async () => {
    renderFiles(ecologyMember, aTask({ status: 'in_progress' }), [
      onTask({ name: 'rectified-site.jpg', size: 2_516_582 }),
      onTask({ name: 'acceptance.pdf', contentType: 'application/pdf', hasThumbnail: false }),
      onTask({ name: 'survey.xlsx', reportId: 'r1', hasThumbnail: false, createdById: colleague.id }),
      onTask({ name: 'whiteboard.png', commentId: 'c1', createdById: supervisor.id }),
    ]);

    await screen.findByText('rectified-site.jpg');
    expect(namesIn(groupNamed('Evidence'))).toEqual(['rectified-site.jpg', 'acceptance.pdf']);
    expect(namesIn(groupNamed('On progress reports'))).toEqual(['survey.xlsx']);
    expect(namesIn(groupNamed('On comments'))).toEqual(['whiteboard.png']);

    const photo = screen.getByText('rectified-site.jpg').closest('li')!;
    expect(within(photo).getByText('2.4 MB')).toBeTruthy();
    expect(within(photo).getByText('Li Na')).toBeTruthy();
    await waitFor(() =>
      expect(within(photo).getByTestId('attachment-thumbnail').getAttribute('src')).toBe('blob:thumbnail'),
    );
    const survey = screen.getByText('survey.xlsx').closest('li')!;
    expect(within(survey).getByText('Zhou Lei')).toBeTruthy();
    expect(within(survey).queryByTestId('attachment-thumbnail')).toBeNull();
  });

  it('offers Remove only on the files the user added, while the task is open', async () => {
    const { deleted } = renderFiles(ecologyMember, aTask({ status: 'in_progress' }), [
      onTask({ id: 'a-mine', name: 'mine.jpg' }),
      onTask({ id: 'a-theirs', name: 'theirs.jpg', createdById: colleague.id }),
    ]);

    const mine = (await screen.findByText('mine.jpg')).closest('li')!;
    const theirs = screen.getByText('theirs.jpg').closest('li')!;
    expect(within(theirs).queryByRole('button', { name: 'Remove “theirs.jpg”' })).toBeNull();
    window.confirm = jest.fn(() => true);
    await waitFor(() => expect(within(mine).getByRole('button', { name: 'Remove “mine.jpg”' })).toBeTruthy());
    fireEvent.click(within(mine).getByRole('button', { name: 'Remove “mine.jpg”' }));
    await waitFor(() => expect(deleted).toEqual(['/api/attachments/a-mine']));
    await waitFor(() => expect(screen.queryByText('mine.jpg')).toBeNull());
  });

  it('lets a supervisor remove anyone’s file', async () => {
    renderFiles(supervisor, aTask({ status: 'in_progress' }), [onTask({ name: 'theirs.jpg' })]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove “theirs.jpg”' })).toBeTruthy());
  });

  it('freezes the files under review: no Remove, no upload, and the reason said to the department', async () => {
    renderFiles(ecologyMember, aTask({ status: 'in_review' }), [onTask({ name: 'mine.jpg' })]);

    await screen.findByText('mine.jpg');
    await screen.findByText(/Awaiting verification: files cannot be added or removed/);
    expect(screen.queryByRole('button', { name: 'Remove “mine.jpg”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Choose files' })).toBeNull();
  });

  it('offers the upload to the task’s department only, not to another department', async () => {
    const otherDepartment = { ...colleague, id: 'u-he', departmentId: 'd-water' };
    renderFiles(otherDepartment, aTask({ status: 'in_progress' }), []);
    await screen.findByText('No evidence files yet.');
    expect(screen.queryByRole('button', { name: 'Choose files' })).toBeNull();
  });
});
