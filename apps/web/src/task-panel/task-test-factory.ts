import type { BoardEvent, TaskView } from '@duban/contracts';

/** Test data for the task panel's specs: a plausible task, overridden where a story needs it. */
export function aTask(overrides: Partial<TaskView> = {}): TaskView {
  return {
    id: 't1',
    boardId: 'b1',
    title: 'Relocate polluting enterprises',
    description: '',
    kind: 'task',
    status: 'todo',
    position: 'a0',
    leadDepartmentId: 'd-ecology',
    cooperatingDepartmentIds: [],
    responsibleLeaderId: null,
    assigneeIds: [],
    deadline: '2021-06-30',
    progress: 20,
    labels: [],
    version: 1,
    commentCount: 0,
    createdById: 'u-wang',
    createdAt: '2021-05-01T08:00:00.000Z',
    updatedAt: '2021-05-01T08:00:00.000Z',
    ...overrides,
  };
}

let seq = 0;

/** A task.* event carrying the task after the change, as the API records it. */
export function aTaskEvent(
  type: 'task.created' | 'task.updated' | 'task.moved',
  task: TaskView,
  actorId = 'u-wang',
): BoardEvent {
  seq += 1;
  return {
    boardId: task.boardId,
    seq,
    type,
    actorId,
    at: `2021-05-0${(seq % 9) + 1}T08:00:00.000Z`,
    data: task,
  };
}

export function aCommentEvent(actorId: string, taskId = 't1'): BoardEvent {
  seq += 1;
  const comment = {
    id: `c${seq}`,
    taskId,
    boardId: 'b1',
    authorId: actorId,
    body: 'On it',
    createdAt: '2021-05-02T08:00:00.000Z',
    editedAt: null,
  };
  return { boardId: 'b1', seq, type: 'comment.created', actorId, at: comment.createdAt, data: comment };
}
