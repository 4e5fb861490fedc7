import type { BoardEvent, TaskView } from '@duban/contracts';
import {
  aComment,
  aCommentEvent as commentEvent,
  aTask as baseTask,
  aTaskEvent as taskEvent,
} from './factories';

/** The task panel's stories start from one task of the Ecology bureau, 20% done, due 30 June 2021. */
export function aTask(overrides: Partial<TaskView> = {}): TaskView {
  return baseTask({
    id: 't1',
    boardId: 'b1',
    title: 'Relocate polluting enterprises',
    position: 'a0',
    leadDepartmentId: 'd-ecology',
    deadline: '2021-06-30',
    progress: 20,
    createdById: 'u-wang',
    createdAt: '2021-05-01T08:00:00.000Z',
    updatedAt: '2021-05-01T08:00:00.000Z',
    ...overrides,
  });
}

/** Events by Wang Li of the supervision office unless a story names someone else. */
export function aTaskEvent(
  type: 'task.created' | 'task.updated' | 'task.moved',
  task: TaskView,
  actorId = 'u-wang',
) {
  return taskEvent(type, task, actorId);
}

export function aCommentEvent(actorId: string, taskId = 't1'): BoardEvent {
  return commentEvent(aComment({ taskId, boardId: 'b1', authorId: actorId }));
}
