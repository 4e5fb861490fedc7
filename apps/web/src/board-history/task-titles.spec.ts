import type { BoardEvent } from '@duban/contracts';
import { aComment, aCommentEvent, aTask, aTaskEvent } from '../testing/factories';
import { taskTitles } from './task-titles';

describe('taskTitles', () => {
  const onBoard = aTask({ title: 'Relocate polluting enterprises' });

  it('names a task on the board by its title now', () => {
    const renamedEarlier = aTaskEvent('task.updated', { ...onBoard, title: 'Old title' });
    expect(taskTitles([onBoard], [renamedEarlier])(onBoard.id)).toEqual({
      title: 'Relocate polluting enterprises',
      deleted: false,
    });
  });

  it('names a deleted task by what its deletion recorded, or by the task an event carried', () => {
    const deletion: BoardEvent = {
      boardId: 'board-1',
      seq: 40,
      type: 'task.deleted',
      actorId: 'user-supervisor',
      at: '2021-05-10T08:00:00.000Z',
      data: { id: 'gone' },
      changes: [{ record: 'task', field: 'title', before: 'Close the sand quarries', after: null }],
    };
    const carried = aTaskEvent('task.updated', aTask({ id: 'gone-too', title: 'Survey the outfalls' }));
    const titleOf = taskTitles([onBoard], [deletion, carried]);

    expect(titleOf('gone')).toEqual({ title: 'Close the sand quarries', deleted: true });
    expect(titleOf('gone-too')).toEqual({ title: 'Survey the outfalls', deleted: true });
  });

  it('has no title for a deleted task only its comments mention', () => {
    const comment = aCommentEvent(aComment({ taskId: 'gone' }));
    expect(taskTitles([onBoard], [comment])('gone')).toEqual({ title: null, deleted: true });
  });
});
