import { applyPresenceDelta } from './presence';
import type { PresenceViewer } from './protocol';

const viewer = (userId: string, editingTaskId: string | null = null): PresenceViewer => ({
  userId,
  displayName: userId,
  task: editingTaskId === null ? null : { taskId: editingTaskId, activity: 'editing' },
  editingTaskId,
});

describe('applyPresenceDelta', () => {
  const before = [viewer('li'), viewer('wang'), viewer('zhao')];

  it('replaces changed entries in place, adds new users at the end and removes those who left', () => {
    const after = applyPresenceDelta(before, {
      boardId: 'board',
      viewers: [viewer('chen'), viewer('wang', 'task-1')],
      left: ['li'],
    });

    expect(after).toEqual([viewer('wang', 'task-1'), viewer('zhao'), viewer('chen')]);
    expect(before).toHaveLength(3);
  });

  it('is idempotent: applying a delta twice, or one that repeats the state, changes nothing more', () => {
    const delta = { boardId: 'board', viewers: [viewer('zhao', 'task-2'), viewer('chen')], left: ['wang'] };
    const once = applyPresenceDelta(before, delta);

    expect(applyPresenceDelta(once, delta)).toEqual(once);
    expect(applyPresenceDelta(once, { boardId: 'board', viewers: once, left: ['nobody'] })).toEqual(once);
  });
});
