import type { PresenceActivity } from '@duban/contracts';
import { render } from '@testing-library/react';
import type { LiveState } from './board-sync';
import { TestBoardLive } from './test-board-live';
import { useTaskPresence } from './useTaskPresence';

function OpenTask({ taskId, editing }: { taskId: string; editing: boolean }) {
  useTaskPresence(taskId, editing);
  return null;
}

describe('useTaskPresence', () => {
  const said: [string | null, PresenceActivity][] = [];
  const announceTask = (taskId: string | null, activity: PresenceActivity) =>
    void said.push([taskId, activity]);
  const panel = (taskId: string, editing: boolean, state: LiveState = 'live') => (
    <TestBoardLive state={state} announceTask={announceTask}>
      <OpenTask taskId={taskId} editing={editing} />
    </TestBoardLive>
  );
  beforeEach(() => (said.length = 0));

  it('says viewing when a task opens, editing once a field changes, viewing again once saved, nothing once closed', () => {
    const { rerender, unmount } = render(panel('task-1', false));
    expect(said).toEqual([['task-1', 'viewing']]);

    rerender(panel('task-1', true));
    rerender(panel('task-1', true));
    expect(said).toEqual([
      ['task-1', 'viewing'],
      ['task-1', 'editing'],
    ]);

    rerender(panel('task-1', false));
    unmount();
    expect(said.slice(2)).toEqual([
      ['task-1', 'viewing'],
      [null, 'viewing'],
    ]);
  });

  it('moves to another task without a moment of the old one, and says it again after a reconnect', () => {
    const { rerender } = render(panel('task-1', false));
    rerender(panel('task-2', false));
    expect(said).toEqual([
      ['task-1', 'viewing'],
      [null, 'viewing'],
      ['task-2', 'viewing'],
    ]);

    said.length = 0;
    rerender(panel('task-2', false, 'offline'));
    expect(said).toEqual([]);
    rerender(panel('task-2', false, 'live'));
    expect(said).toEqual([['task-2', 'viewing']]);
  });
});
