import { applyPresenceDelta, type PresenceViewer } from '@duban/contracts';
import { presenceDelta, sentPresenceOf } from './presence-delta';

const viewer = (userId: string, task: PresenceViewer['task'] = null): PresenceViewer => ({
  userId,
  displayName: `Name of ${userId}`,
  task,
  editingTaskId: task?.activity === 'editing' ? task.taskId : null,
});

describe('presenceDelta', () => {
  it('names nobody when nothing changed', () => {
    const viewers = [viewer('li'), viewer('wang', { taskId: 't-1', activity: 'viewing' })];

    expect(presenceDelta('board', sentPresenceOf(viewers), structuredClone(viewers))).toEqual({
      boardId: 'board',
      viewers: [],
      left: [],
    });
  });

  it('sends whole entries of those who appeared or changed, and the ids of those who left', () => {
    const sent = sentPresenceOf([viewer('li'), viewer('wang'), viewer('zhao')]);
    const renamed = { ...viewer('zhao'), displayName: 'Zhao (renamed)' };
    const now = [viewer('wang', { taskId: 't-1', activity: 'editing' }), renamed, viewer('chen')];

    expect(presenceDelta('board', sent, now)).toEqual({
      boardId: 'board',
      viewers: [viewer('wang', { taskId: 't-1', activity: 'editing' }), renamed, viewer('chen')],
      left: ['li'],
    });
  });

  it('tells viewing from editing the same task', () => {
    const sent = sentPresenceOf([viewer('li', { taskId: 't-1', activity: 'viewing' })]);
    const editing = viewer('li', { taskId: 't-1', activity: 'editing' });

    expect(presenceDelta('board', sent, [editing]).viewers).toEqual([editing]);
  });

  it('empties the board: everyone left', () => {
    expect(presenceDelta('board', sentPresenceOf([viewer('li'), viewer('wang')]), [])).toMatchObject({
      viewers: [],
      left: ['li', 'wang'],
    });
  });

  it('brings a client from the last sent state to the current one, across a run of changes', () => {
    const states = [
      [viewer('li')],
      [viewer('li'), viewer('wang')],
      [viewer('wang', { taskId: 't-1', activity: 'viewing' }), viewer('zhao')],
      [viewer('zhao'), viewer('wang', { taskId: 't-1', activity: 'editing' })],
      [],
      [viewer('li', { taskId: 't-2', activity: 'viewing' })],
    ];
    let client: PresenceViewer[] = [];
    let sent = sentPresenceOf([]);
    for (const state of states) {
      client = applyPresenceDelta(client, presenceDelta('board', sent, state));
      sent = sentPresenceOf(state);
      expect(byUser(client)).toEqual(byUser(state));
    }
  });
});

const byUser = (viewers: PresenceViewer[]) => [...viewers].sort((a, b) => a.userId.localeCompare(b.userId));
