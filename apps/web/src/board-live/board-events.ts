import {
  isAwaitingResponse,
  TASK_STATUSES,
  type BoardEvent,
  type BoardSnapshot,
  type BoardView,
  type TaskStatus,
  type TaskView,
} from '@duban/contracts';

export type ApplyResult =
  | { kind: 'applied'; snapshot: BoardSnapshot }
  /** Already in the snapshot (seq <= snapshot.seq): nothing to do. */
  | { kind: 'stale' }
  /** Events between snapshot.seq and this one are missing: the snapshot must be refetched. */
  | { kind: 'gap' };

/** Applies one realtime event to a snapshot, keeping the per-board seq gapless. */
export function applyBoardEvent(snapshot: BoardSnapshot, event: BoardEvent): ApplyResult {
  if (event.seq <= snapshot.seq) return { kind: 'stale' };
  if (event.seq > snapshot.seq + 1) return { kind: 'gap' };
  return {
    kind: 'applied',
    snapshot: {
      ...snapshot,
      board: boardOf(event) ?? snapshot.board,
      seq: event.seq,
      tasks: nextTasks(snapshot.tasks, event),
    },
  };
}

/** The board as an event about the board itself left it; null for other events. */
function boardOf(event: BoardEvent): BoardView | null {
  switch (event.type) {
    case 'board.created':
    case 'board.updated':
    case 'board.archived':
    case 'board.restored':
      return event.data;
    default:
      return null;
  }
}

function nextTasks(tasks: TaskView[], event: BoardEvent): TaskView[] {
  switch (event.type) {
    case 'task.created':
    case 'task.updated':
    case 'task.moved':
    case 'task.acknowledged':
    case 'task.submitted':
    case 'task.verified':
    case 'task.returned':
    case 'task.reopened':
    case 'task.light_changed':
      return upsertTask(tasks, event.data);
    case 'task.deleted':
      return tasks.filter((task) => task.id !== event.data.id);
    case 'comment.created':
      return adjustCommentCount(tasks, event.data.taskId, +1);
    case 'comment.deleted':
      return adjustCounts(tasks, event.data.taskId, -1, isAwaitingResponse(event.data) ? -1 : 0);
    case 'instruction.given':
      return adjustCounts(tasks, event.data.taskId, +1, +1);
    case 'instruction.answered':
      return adjustCounts(tasks, event.data.taskId, +1, -1);
    case 'comment.updated':
      return tasks;
    case 'report.created':
      // The lead department's report carries the task with its new progress; others leave it as it is.
      return event.data.task ? upsertTask(tasks, event.data.task) : tasks;
    case 'attachment.added':
      return adjustAttachmentCount(tasks, event.data.taskId, +1);
    case 'attachment.removed':
      return adjustAttachmentCount(tasks, event.data.taskId, -1);
    case 'reminder.sent':
      // Recorded on the task, but a reminder changes nothing on its card.
      return tasks;
    case 'board.created':
    case 'board.updated':
    case 'board.archived':
    case 'board.restored':
      return tasks;
    default:
      return assertNever(event);
  }
}

function upsertTask(tasks: TaskView[], task: TaskView): TaskView[] {
  const index = tasks.findIndex((existing) => existing.id === task.id);
  if (index === -1) return [...tasks, task];
  return tasks.map((existing, i) => (i === index ? task : existing));
}

/** Comments change a task's count, never its version (the server keeps the count the same way). */
function adjustCommentCount(tasks: TaskView[], taskId: string, delta: number): TaskView[] {
  return adjustCounts(tasks, taskId, delta, 0);
}

/** Comments and instructions awaiting response (the card's badge), counted as the server counts them. */
function adjustCounts(tasks: TaskView[], taskId: string, comments: number, awaiting: number): TaskView[] {
  return tasks.map((task) =>
    task.id === taskId
      ? {
          ...task,
          commentCount: Math.max(0, task.commentCount + comments),
          awaitingInstructionCount: Math.max(0, (task.awaitingInstructionCount ?? 0) + awaiting),
        }
      : task,
  );
}

/** Files change the card's paperclip count, never the task's version (the server counts them the same way). */
function adjustAttachmentCount(tasks: TaskView[], taskId: string, delta: number): TaskView[] {
  return tasks.map((task) =>
    task.id === taskId
      ? { ...task, attachmentCount: Math.max(0, (task.attachmentCount ?? 0) + delta) }
      : task,
  );
}

function assertNever(value: never): never {
  throw new Error(`Unhandled board event: ${JSON.stringify(value)}`);
}

/** Tasks per status column, each column in position order (plain string comparison, as the API orders). */
export function groupTasksByStatus(tasks: TaskView[]): Record<TaskStatus, TaskView[]> {
  const columns = Object.fromEntries(TASK_STATUSES.map((status) => [status, [] as TaskView[]])) as Record<
    TaskStatus,
    TaskView[]
  >;
  for (const task of tasks) columns[task.status].push(task);
  for (const status of TASK_STATUSES) columns[status].sort(byPosition);
  return columns;
}

function byPosition(a: TaskView, b: TaskView): number {
  if (a.position === b.position) return 0;
  return a.position < b.position ? -1 : 1;
}
