import type { BoardSnapshot, CommentView, UserView } from '@duban/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TestBoardLive } from '../board-live/test-board-live';
import i18n from '../i18n/i18n';
import { aComment } from '../testing/factories';
import { TestProviders } from '../testing/TestProviders';
import { aTask } from '../testing/task-factory';
import { CommentsThread } from './CommentsThread';

const leader: UserView = {
  id: 'u-zhao',
  username: 'zhao',
  displayName: 'Zhao Ming',
  role: 'leader',
  departmentId: null,
  active: true,
};
const ecologyMember: UserView = {
  ...leader,
  id: 'u-li',
  displayName: 'Li Na',
  role: 'member',
  departmentId: 'd-ecology',
};
const otherMember: UserView = { ...ecologyMember, id: 'u-he', displayName: 'He Bo', departmentId: 'd-water' };
const task = aTask();
const snapshot = {
  board: { id: 'b1', title: 'May', departmentIds: [], archivedAt: null },
  tasks: [task],
  seq: 1,
} as unknown as BoardSnapshot;

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

/** The API as the thread sees it: who is signed in, the task's comments, and what a post sends. */
function renderThread(me: UserView, comments: CommentView[]) {
  const posts: unknown[] = [];
  globalThis.fetch = jest.fn((url: string, init: RequestInit = {}) => {
    if (init.method === 'POST') posts.push(JSON.parse(init.body as string));
    const body =
      url === '/api/me'
        ? me
        : url === '/api/boards/b1'
          ? snapshot
          : init.method === 'POST'
            ? aComment({ taskId: task.id, authorId: me.id })
            : url === `/api/tasks/${task.id}/comments`
              ? comments
              : { message: `No fake for ${url}` };
    const status = (body as { message?: string }).message ? 404 : 200;
    return Promise.resolve({
      ok: status < 400,
      status: init.method === 'POST' ? 201 : status,
      statusText: '',
      json: () => Promise.resolve(body),
    } as Response);
  }) as unknown as typeof fetch;
  render(
    <TestProviders users={[leader, ecologyMember, otherMember]}>
      <TestBoardLive boardId="b1">
        <CommentsThread task={task} />
      </TestBoardLive>
    </TestProviders>,
  );
  return { posts };
}

const instruction = (overrides: Partial<CommentView> = {}) =>
  aComment({
    id: 'c-instruction',
    taskId: task.id,
    authorId: leader.id,
    kind: 'instruction',
    body: 'Report the figures by Friday.',
    createdAt: daysAgo(3),
    ...overrides,
  });

describe('Leader instructions in the task panel', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('shows an instruction above the comments, awaiting response for days, with Reply for the lead department', async () => {
    const { posts } = renderThread(ecologyMember, [
      aComment({
        id: 'c-early',
        taskId: task.id,
        authorId: otherMember.id,
        body: 'First!',
        createdAt: daysAgo(4),
      }),
      instruction(),
    ]);
    const shown = await screen.findByTestId('instruction');
    expect(within(shown).getByText('Leader instruction')).toBeTruthy();
    expect(within(shown).getByText('Zhao Ming')).toBeTruthy();
    expect(within(shown).getByTestId('instruction-status').textContent).toBe('Awaiting response · 3 days');
    const all = screen.getAllByText(/Report the figures by Friday\.|First!/).map((node) => node.textContent);
    expect(all).toEqual(['Report the figures by Friday.', 'First!']);

    await waitFor(() => expect(within(shown).getByRole('button', { name: 'Reply' })).toBeTruthy());
    fireEvent.click(within(shown).getByRole('button', { name: 'Reply' }));
    fireEvent.change(within(shown).getByLabelText("Reply to Zhao Ming's instruction"), {
      target: { value: 'Received.' },
    });
    fireEvent.click(within(shown).getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(posts).toEqual([{ body: 'Received.', replyToId: 'c-instruction' }]));
  });

  it('offers no Reply outside the lead department, and says who answered', async () => {
    renderThread(otherMember, [
      instruction({ response: { commentId: 'c-answer', authorId: ecologyMember.id, at: daysAgo(1) } }),
      aComment({
        id: 'c-answer',
        taskId: task.id,
        authorId: ecologyMember.id,
        replyToId: 'c-instruction',
        body: 'Received.',
      }),
    ]);
    const shown = await screen.findByTestId('instruction');
    expect(within(shown).getByTestId('instruction-status').textContent).toMatch(/^Answered by Li Na · /);
    expect(screen.getByText("Reply to Zhao Ming's instruction")).toBeTruthy();
    await screen.findByRole('button', { name: 'Post' });
    expect(within(shown).queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.queryByLabelText('Post as instruction')).toBeNull();
  });

  it('lets a leader post as an instruction (作为批示发布), in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const { posts } = renderThread(leader, [instruction()]);
    const shown = await screen.findByTestId('instruction');
    expect(within(shown).getByTestId('instruction-status').textContent).toBe('待回复 · 3 天');
    const option = await screen.findByLabelText<HTMLInputElement>('作为批示发布');
    fireEvent.click(option);
    fireEvent.change(screen.getByLabelText('新批示'), { target: { value: '请加快进度。' } });
    fireEvent.click(screen.getByRole('button', { name: '发布批示' }));
    await waitFor(() => expect(posts).toEqual([{ body: '请加快进度。', kind: 'instruction' }]));
  });
});
