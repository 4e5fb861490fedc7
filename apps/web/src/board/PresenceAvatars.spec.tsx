import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { TestBoardLive } from '../board-live/test-board-live';
import { PresenceAvatars } from './PresenceAvatars';

describe('PresenceAvatars: viewing and editing', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('tells viewing a task apart from editing it, in both languages', async () => {
    const viewers = [
      {
        userId: 'u1',
        displayName: 'Wang Li',
        task: { taskId: 't1', activity: 'viewing' as const },
        editingTaskId: null,
      },
      {
        userId: 'u2',
        displayName: 'Zhao Min',
        task: { taskId: 't2', activity: 'editing' as const },
        editingTaskId: 't2',
      },
    ];
    const { rerender } = render(
      <TestBoardLive viewers={viewers}>
        <PresenceAvatars />
      </TestBoardLive>,
    );
    const [viewing, editing] = screen.getAllByRole('listitem');
    expect(viewing).toHaveClass('avatar-viewing');
    expect(viewing).not.toHaveClass('avatar-editing');
    expect(viewing).toHaveAttribute('title', 'Wang Li · viewing a task');
    expect(editing).toHaveClass('avatar-editing');
    expect(editing).toHaveAttribute('title', 'Zhao Min · editing a task');

    await i18n.changeLanguage('zh-CN');
    rerender(
      <TestBoardLive viewers={viewers}>
        <PresenceAvatars />
      </TestBoardLive>,
    );
    expect(screen.getByRole('list', { name: '在线' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('title', 'Wang Li · 正在查看事项');
  });
});
