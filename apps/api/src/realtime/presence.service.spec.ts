import { PresenceService } from './presence.service';

describe('PresenceService', () => {
  const li = { userId: 'u-li', displayName: 'Li' };
  const wang = { userId: 'u-wang', displayName: 'Wang' };
  const nothingOpen = { task: null, editingTaskId: null };

  it('lists each user once however many tabs they have, preferring the tab that edits', () => {
    const presence = new PresenceService();
    presence.join('board', 'tab-1', li);
    presence.join('board', 'tab-2', li);
    presence.join('board', 'tab-3', wang);
    presence.setTask('board', 'tab-1', 'task-1', 'viewing');
    presence.setTask('board', 'tab-2', 'task-9', 'editing');

    expect(presence.state('board').viewers).toEqual([
      { ...li, task: { taskId: 'task-9', activity: 'editing' }, editingTaskId: 'task-9' },
      { ...wang, ...nothingOpen },
    ]);
  });

  it('says viewing, not editing, for a task someone only has open', () => {
    const presence = new PresenceService();
    presence.join('board', 'tab-1', li);
    presence.join('board', 'tab-2', li);
    presence.setTask('board', 'tab-2', 'task-3', 'viewing');

    expect(presence.state('board').viewers).toEqual([
      { ...li, task: { taskId: 'task-3', activity: 'viewing' }, editingTaskId: null },
    ]);
    presence.setTask('board', 'tab-2', 'task-3', 'editing');
    expect(presence.state('board').viewers[0]?.editingTaskId).toBe('task-3');
    presence.setTask('board', 'tab-2', null, 'viewing');
    expect(presence.state('board').viewers).toEqual([{ ...li, ...nothingOpen }]);
  });

  it('forgets a socket on leave and on disconnect, reporting the boards it left', () => {
    const presence = new PresenceService();
    presence.join('board-a', 'tab-1', li);
    presence.join('board-b', 'tab-1', li);
    presence.join('board-a', 'tab-2', wang);

    expect(presence.leave('board-a', 'tab-2')).toBe(true);
    expect(presence.leave('board-a', 'tab-2')).toBe(false);
    expect(presence.leaveAll('tab-1').sort()).toEqual(['board-a', 'board-b']);
    expect(presence.state('board-a').viewers).toEqual([]);
  });

  it('does not record an open task for a socket that has not joined', () => {
    const presence = new PresenceService();
    expect(presence.setTask('board', 'stranger', 'task-1', 'editing')).toBe(false);
    expect(presence.state('board').viewers).toEqual([]);
  });
});
