import type {
  AttachmentView,
  BoardEvent,
  CommentView,
  FieldChange,
  ReminderView,
  ReportCreatedData,
  TaskView,
} from '@duban/contracts';

let sequence = 0;

/** Test data for specs: a plausible task with a fresh id and position, overridden where a story needs it. */
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
    problem: '',
    source: '',
    measures: '',
    result: '',
    evidence: '',
    evidenceLinks: [],
    assignedAt: null,
    acknowledgedAt: null,
    acknowledgedById: null,
    submittedAt: null,
    verifiedAt: null,
    verifiedById: null,
    verificationNote: '',
    returnCount: 0,
    returnReason: '',
    reopenReason: '',
    light: 'none',
    version: 1,
    commentCount: 0,
    awaitingInstructionCount: 0,
    createdById: 'user-supervisor',
    createdAt: '2021-04-21T08:00:00.000Z',
    updatedAt: '2021-04-21T08:00:00.000Z',
    ...overrides,
  };
}

export function aComment(overrides: Partial<CommentView> = {}): CommentView {
  sequence += 1;
  return {
    id: `comment-${sequence}`,
    taskId: 'task-1',
    boardId: 'board-1',
    authorId: 'user-supervisor',
    kind: 'comment',
    replyToId: null,
    body: 'On it',
    createdAt: '2021-05-02T08:00:00.000Z',
    editedAt: null,
    response: null,
    ...overrides,
  };
}

/** An evidence file on a task (neither a report's nor a comment's unless overridden): a small photo. */
export function anAttachment(overrides: Partial<AttachmentView> = {}): AttachmentView {
  sequence += 1;
  return {
    id: `attachment-${sequence}`,
    taskId: 'task-1',
    boardId: 'board-1',
    reportId: null,
    commentId: null,
    name: `site-photo-${sequence}.jpg`,
    size: 245_760,
    contentType: 'image/jpeg',
    sha256: 'ab'.repeat(32),
    createdById: 'user-supervisor',
    createdAt: '2021-05-03T08:00:00.000Z',
    hasThumbnail: true,
    ...overrides,
  };
}

/** A task.* event carrying the task after the change, as the API records it. */
export function aTaskEvent(
  type: 'task.created' | 'task.updated' | 'task.moved',
  task: TaskView,
  actorId = 'user-supervisor',
  seq = ++sequence,
): BoardEvent {
  return {
    boardId: task.boardId,
    seq,
    type,
    actorId,
    at: `2021-05-0${(seq % 9) + 1}T08:00:00.000Z`,
    data: task,
    changes: [],
  };
}

export function aCommentEvent(comment: CommentView, seq = ++sequence): BoardEvent {
  return {
    boardId: comment.boardId,
    seq,
    type: 'comment.created',
    actorId: comment.authorId,
    at: comment.createdAt,
    data: comment,
    changes: [],
  };
}

/** A supervisor's reminder (催办) to the lead department unless a story says it was automatic. */
export function aReminder(overrides: Partial<ReminderView> = {}): ReminderView {
  sequence += 1;
  return {
    id: `reminder-${sequence}`,
    taskId: 'task-1',
    boardId: 'board-1',
    fromUserId: 'user-supervisor',
    level: 'department',
    message: 'Please report progress',
    deadline: '2021-06-30',
    createdAt: '2021-07-01T01:00:00.000Z',
    ...overrides,
  };
}

/** reminder.sent as the API records it: by its sender, or by the system (actor null) when automatic. */
export function aReminderEvent(
  reminder: ReminderView,
  changes: FieldChange[] = [],
  seq = ++sequence,
): BoardEvent {
  return {
    boardId: reminder.boardId,
    seq,
    type: 'reminder.sent',
    actorId: reminder.fromUserId,
    at: reminder.createdAt,
    data: reminder,
    changes,
  };
}

export function aReportEvent(
  report: ReportCreatedData,
  changes: FieldChange[] = [],
  seq = ++sequence,
): BoardEvent {
  return {
    boardId: report.boardId,
    seq,
    type: 'report.created',
    actorId: report.authorId,
    at: report.reportedAt,
    data: report,
    changes,
  };
}

export const idsOf = (tasks: readonly TaskView[]) => tasks.map((task) => task.id);
