import type { TaskView } from '@duban/contracts';

let sequence = 0;

/** Test data for the board view's specs: a plausible task with a fresh id, overridden where a story needs it. */
export function aTask(overrides: Partial<TaskView> = {}): TaskView {
  sequence += 1;
  return {
    id: `task-${sequence}`,
    boardId: 'board-1',
    title: `Relocate polluting enterprises (${sequence})`,
    description: '',
    kind: 'task',
    status: 'todo',
    position: `a${sequence}`,
    leadDepartmentId: null,
    cooperatingDepartmentIds: [],
    responsibleLeaderId: null,
    assigneeIds: [],
    deadline: null,
    progress: 0,
    labels: [],
    version: 1,
    commentCount: 0,
    createdById: 'user-supervisor',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const idsOf = (tasks: readonly TaskView[]) => tasks.map((task) => task.id);
