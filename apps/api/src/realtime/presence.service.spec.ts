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

  describe('with other API processes', () => {
    const zhao = { userId: 'u-zhao', displayName: 'Zhao' };

    it("adds what another process's tabs do, each user once, and tells which boards changed", () => {
      const presence = new PresenceService();
      presence.join('board', 'tab-1', li);
      const changed = presence.setRemote(
        'process-b',
        {
          board: [
            { ...li, task: { taskId: 'task-2', activity: 'editing' } },
            { ...zhao, task: null },
          ],
        },
        false,
        1000,
      );

      expect(changed).toEqual(['board']);
      expect(presence.state('board').viewers).toEqual([
        { ...li, task: { taskId: 'task-2', activity: 'editing' }, editingTaskId: 'task-2' },
        { ...zhao, ...nothingOpen },
      ]);
      // The same report again changes nothing.
      expect(presence.setRemote('process-b', { board: [{ ...li, task: null }] }, false, 1000)).toEqual([
        'board',
      ]);
      expect(presence.setRemote('process-b', { board: [{ ...li, task: null }] }, false, 2000)).toEqual([]);
    });

    it('empties the boards a complete report leaves out, and forgets a process gone quiet', () => {
      const presence = new PresenceService();
      presence.setRemote(
        'process-b',
        { first: [{ ...li, task: null }], second: [{ ...zhao, task: null }] },
        true,
        1000,
      );
      presence.setRemote('process-c', { second: [{ ...wang, task: null }] }, true, 5000);

      expect(presence.setRemote('process-b', { second: [{ ...zhao, task: null }] }, true, 6000)).toEqual([
        'first',
      ]);
      expect(presence.state('first').viewers).toEqual([]);

      // Process C last spoke at 5000; B at 6000.
      expect(presence.forgetSilent(5500)).toEqual(['second']);
      expect(presence.state('second').viewers).toEqual([{ ...zhao, ...nothingOpen }]);
    });

    it("reports this process's own tabs, per board", () => {
      const presence = new PresenceService();
      presence.join('board', 'tab-1', li);
      presence.setTask('board', 'tab-1', 'task-1', 'viewing');
      presence.setRemote('process-b', { board: [{ ...zhao, task: null }] }, true, 1000);

      expect(presence.localSlices()).toEqual({
        board: [{ ...li, task: { taskId: 'task-1', activity: 'viewing' } }],
      });
    });
  });
});
