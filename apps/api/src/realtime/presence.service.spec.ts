import { PresenceService } from './presence.service';

describe('PresenceService', () => {
  const li = { userId: 'u-li', displayName: 'Li' };
  const wang = { userId: 'u-wang', displayName: 'Wang' };

  it('lists each user once however many tabs they have, preferring the tab that edits', () => {
    const presence = new PresenceService();
    presence.join('board', 'tab-1', li);
    presence.join('board', 'tab-2', li);
    presence.join('board', 'tab-3', wang);
    presence.setEditing('board', 'tab-2', 'task-9');

    expect(presence.state('board').viewers).toEqual([
      { ...li, editingTaskId: 'task-9' },
      { ...wang, editingTaskId: null },
    ]);
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

  it('does not record editing for a socket that has not joined', () => {
    const presence = new PresenceService();
    expect(presence.setEditing('board', 'stranger', 'task-1')).toBe(false);
    expect(presence.state('board').viewers).toEqual([]);
  });
});
