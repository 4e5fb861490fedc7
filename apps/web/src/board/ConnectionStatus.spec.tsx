import { render, screen } from '@testing-library/react';
import i18n from '../i18n/i18n';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceAvatars } from './PresenceAvatars';
import { TestBoardLive } from '../board-live/test-board-live';

describe('ConnectionStatus', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('is a quiet indicator while live', () => {
    render(
      <TestBoardLive state="live">
        <ConnectionStatus />
      </TestBoardLive>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Live');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a banner saying edits pause while offline, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    render(
      <TestBoardLive state="offline">
        <ConnectionStatus />
      </TestBoardLive>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('离线');
    expect(screen.getByRole('alert')).toHaveTextContent('连接恢复前暂停修改');
  });
});

describe('PresenceAvatars', () => {
  it('shows each viewer by initials, marking who is editing', () => {
    render(
      <TestBoardLive
        viewers={[
          { userId: 'u1', displayName: 'Wang Li', task: null, editingTaskId: null },
          {
            userId: 'u2',
            displayName: '赵市长',
            task: { taskId: 'task-9', activity: 'editing' },
            editingTaskId: 'task-9',
          },
        ]}
      >
        <PresenceAvatars />
      </TestBoardLive>,
    );
    const avatars = screen.getAllByRole('listitem');
    expect(avatars.map((avatar) => avatar.textContent)).toEqual(['WL', '赵市']);
    expect(avatars[1]).toHaveClass('avatar-editing');
    expect(avatars[0]).toHaveAttribute('title', 'Wang Li');
  });
});
