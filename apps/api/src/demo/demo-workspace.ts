import {
  addDays,
  calendarDateOf,
  fieldChanges,
  taskLight,
  type BoardEventPayload,
  type TaskStatus,
} from '@duban/contracts';
import { generateKeyBetween } from 'fractional-indexing';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { DemoLanguage } from '../config/app-config';
import { appendBoardEvents, type NewBoardEvent } from '../board-events/append-board-events';
import { hashPassword } from '../auth/password';
import { BoardEntity } from '../boards/board.entity';
import { toBoardView } from '../boards/boards.service';
import { CommentEntity } from '../comments/comment.entity';
import { toCommentView } from '../comments/comment.mapper';
import { DepartmentEntity } from '../departments/department.entity';
import { TaskEntity } from '../tasks/task.entity';
import { toTaskView } from '../tasks/task.mapper';
import { UserEntity } from '../users/user.entity';
import { ProgressReportEntity } from '../reports/progress-report.entity';
import { toReportView } from '../reports/progress-report.mapper';
import { DEMO_COMMENTS, demoInstructionsAwaiting } from './demo-comments';
import {
  DEMO_BOARD,
  DEMO_DEPARTMENTS,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  type DemoDepartmentKey,
  type DemoUsername,
} from './demo-data';
import { DEMO_DEPARTMENT_KEYWORDS } from './demo-keywords';
import { DEMO_REPORTS } from './demo-reports';
import { DEMO_LIFECYCLE_TEXTS, DEMO_TASKS, type DemoTask } from './demo-tasks';

/**
 * The demo board was set up twelve days before seeding, one change every 20 minutes, so its history ends
 * in the past and the tasks still awaiting sign-off have been waiting long enough for the board to say so.
 */
const HISTORY_LEAD_MS = 12 * 24 * 60 * 60 * 1000;
const EVENT_INTERVAL_MS = 20 * 60 * 1000;

interface DemoDirectory {
  departmentIds: ReadonlyMap<DemoDepartmentKey, string>;
  userIds: ReadonlyMap<DemoUsername, string>;
  /** Which wording of each text goes into the rows. */
  language: DemoLanguage;
}

/**
 * Loads the demo workspace into an empty database: departments, their users, and one board with its tasks,
 * comments and the complete event history, as if the supervision office had entered them one by one.
 * Deadlines and times are relative to `now`, the app's Clock. Every language loads the same records; only
 * their words differ.
 */
export async function seedDemoWorkspace(
  dataSource: DataSource,
  now: Date,
  language: DemoLanguage,
): Promise<void> {
  // argon2 is deliberately slow and every demo user shares the password, so hash once.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const departmentIds = await insertDepartments(manager, language);
    const userIds = await insertUsers(manager, departmentIds, passwordHash, language);
    const directory: DemoDirectory = { departmentIds, userIds, language };
    const history = new BoardHistory(randomUUID(), new Date(now.getTime() - HISTORY_LEAD_MS));
    await manager.insert(BoardEntity, {
      id: history.boardId,
      title: DEMO_BOARD.title[language],
      description: DEMO_BOARD.description[language],
      source: DEMO_BOARD.source[language],
      departmentIds: [],
      // Departments report monthly by the 28th, so the demo shows who has not reported yet.
      settings: { reportCadence: 'monthly', reportDay: 28 },
      seq: 0,
      createdById: lookup(userIds, 'supervisor'),
      createdAt: history.startedAt,
    });
    await recordBoardCreated(manager, history, lookup(userIds, 'supervisor'));
    const tasks = buildTasks(history, directory, now);
    await manager.insert(TaskEntity, [...tasks.values()]);
    await manager.insert(CommentEntity, buildComments(history, directory, tasks));
    await manager.insert(ProgressReportEntity, buildReports(history, directory, tasks, now));
    await appendBoardEvents(manager, history.events);
    await manager.update(BoardEntity, { id: history.boardId }, { seq: history.events.length });
  });
}

/** The board's first event, as creating a board through the API records it. */
async function recordBoardCreated(manager: EntityManager, history: BoardHistory, actorId: string) {
  const row = await manager.findOneByOrFail(BoardEntity, { id: history.boardId });
  const board = { ...toBoardView(row), seq: 1 };
  history.record(actorId, history.startedAt, {
    type: 'board.created',
    data: board,
    changes: fieldChanges('board', null, board),
  });
}

/** Collects the board's events with gapless seqs and the times at which their changes happened. */
class BoardHistory {
  readonly events: NewBoardEvent[] = [];

  constructor(
    readonly boardId: string,
    readonly startedAt: Date,
  ) {}

  /** When the next change happens: one interval after the previous one. */
  nextTime(): Date {
    return new Date(this.startedAt.getTime() + (this.events.length + 1) * EVENT_INTERVAL_MS);
  }

  record(actorId: string, at: Date, payload: BoardEventPayload): void {
    const seq = this.events.length + 1;
    this.events.push({ boardId: this.boardId, seq, actorId, at, ...payload });
  }
}

async function insertDepartments(
  manager: EntityManager,
  language: DemoLanguage,
): Promise<Map<DemoDepartmentKey, string>> {
  const ids = new Map(DEMO_DEPARTMENTS.map((department) => [department.key, randomUUID()] as const));
  await manager.insert(
    DepartmentEntity,
    DEMO_DEPARTMENTS.map((department) => ({
      id: lookup(ids, department.key),
      name: department.name[language],
      keywords: [...DEMO_DEPARTMENT_KEYWORDS[department.key]],
    })),
  );
  return ids;
}

async function insertUsers(
  manager: EntityManager,
  departmentIds: ReadonlyMap<DemoDepartmentKey, string>,
  passwordHash: string,
  language: DemoLanguage,
): Promise<Map<DemoUsername, string>> {
  const ids = new Map<DemoUsername, string>();
  const rows = DEMO_LOGINS.map((login) => {
    const id = randomUUID();
    ids.set(login.username as DemoUsername, id);
    const departmentId = login.department ? lookup(departmentIds, login.department) : null;
    return {
      id,
      username: login.username,
      displayName: login.displayName[language],
      role: login.role,
      departmentId,
      passwordHash,
    };
  });
  await manager.insert(UserEntity, rows);
  return ids;
}

/** Task rows keyed by their demo key, each placed at the end of its status column in list order. */
function buildTasks(history: BoardHistory, directory: DemoDirectory, now: Date): Map<string, TaskEntity> {
  const supervisorId = lookup(directory.userIds, 'supervisor');
  const lastKeys = new Map<TaskStatus, string>();
  const tasks = new Map<string, TaskEntity>();
  for (const spec of DEMO_TASKS) {
    const position = generateKeyBetween(lastKeys.get(spec.status) ?? null, null);
    lastKeys.set(spec.status, position);
    const task = toTaskEntity(spec, directory, {
      boardId: history.boardId,
      position,
      createdAt: history.nextTime(),
      now,
    });
    tasks.set(spec.key, task);
    // The row already counts its comments and instructions, but when the task was created it had none.
    const created = { ...toTaskView(task), commentCount: 0, awaitingInstructionCount: 0 };
    history.record(supervisorId, task.createdAt, {
      type: 'task.created',
      data: created,
      changes: fieldChanges('task', null, created),
    });
  }
  return tasks;
}

function toTaskEntity(
  spec: DemoTask,
  directory: DemoDirectory,
  placement: { boardId: string; position: string; createdAt: Date; now: Date },
): TaskEntity {
  return Object.assign(new TaskEntity(), {
    id: randomUUID(),
    boardId: placement.boardId,
    title: spec.title[directory.language],
    description: spec.description[directory.language],
    kind: spec.kind,
    status: spec.status,
    position: placement.position,
    leadDepartmentId: lookup(directory.departmentIds, spec.lead),
    cooperatingDepartmentIds: spec.cooperating.map((key) => lookup(directory.departmentIds, key)),
    responsibleLeaderId: lookup(directory.userIds, 'leader'),
    assigneeIds: [lookup(directory.userIds, spec.lead)],
    deadline: isoDateInDays(placement.now, spec.dueInDays),
    progress: spec.progress,
    labels: spec.labels.map((label) => label[directory.language]),
    ...lifecycleOf(spec, directory.language, placement.createdAt, {
      // The lead department's member signed for it; the supervision office verified it.
      signedBy: lookup(directory.userIds, spec.lead),
      verifiedBy: lookup(directory.userIds, 'supervisor'),
    }),
    light: taskLight(
      { status: spec.status, deadline: isoDateInDays(placement.now, spec.dueInDays) },
      isoDateInDays(placement.now, 0),
    ),
    version: 1,
    commentCount: DEMO_COMMENTS.filter((comment) => comment.task === spec.key).length,
    awaitingInstructionCount: demoInstructionsAwaiting(spec.key),
    createdById: lookup(directory.userIds, 'supervisor'),
    createdAt: placement.createdAt,
    updatedAt: placement.createdAt,
  });
}

/** Where each demo task stands in the supervision lifecycle: started work has been signed for. */
function lifecycleOf(
  spec: DemoTask,
  language: DemoLanguage,
  createdAt: Date,
  people: { signedBy: string; verifiedBy: string },
): Partial<TaskEntity> {
  const rectification = spec.kind === 'rectification';
  const reviewed = spec.status === 'in_review' || spec.status === 'done';
  const text = (key: keyof typeof DEMO_LIFECYCLE_TEXTS) => DEMO_LIFECYCLE_TEXTS[key][language];
  return {
    problem: rectification ? spec.description[language] : '',
    source: rectification ? text('source') : '',
    measures: rectification && spec.status !== 'todo' ? text('measures') : '',
    result: reviewed ? text('result') : '',
    evidence: reviewed ? text('evidence') : '',
    evidenceLinks: [],
    assignedAt: createdAt,
    acknowledgedAt: spec.status === 'todo' ? null : createdAt,
    acknowledgedById: spec.status === 'todo' ? null : people.signedBy,
    submittedAt: reviewed ? createdAt : null,
    verifiedAt: spec.status === 'done' ? createdAt : null,
    verifiedById: spec.status === 'done' ? people.verifiedBy : null,
    verificationNote: spec.status === 'done' ? text('verificationNote') : '',
    returnCount: 0,
    returnReason: '',
    reopenReason: '',
  };
}

/**
 * The comments in order; an instruction answered by a reply (the demo's replies to instructions come from
 * the task's lead department) is recorded as `instruction.answered`, as the API does.
 */
function buildComments(
  history: BoardHistory,
  directory: DemoDirectory,
  tasks: ReadonlyMap<string, TaskEntity>,
): CommentEntity[] {
  const comments: CommentEntity[] = [];
  for (const spec of DEMO_COMMENTS) {
    const repliedTo = spec.replyTo === undefined ? null : comments[spec.replyTo]!;
    const comment = Object.assign(new CommentEntity(), {
      id: randomUUID(),
      taskId: lookup(tasks, spec.task).id,
      boardId: history.boardId,
      authorId: lookup(directory.userIds, spec.author),
      kind: spec.kind ?? 'comment',
      replyToId: repliedTo?.id ?? null,
      body: spec.body[directory.language],
      createdAt: history.nextTime(),
      editedAt: null,
      responseCommentId: null,
      respondedById: null,
      respondedAt: null,
    });
    comments.push(comment);
    const view = toCommentView(comment);
    const changes = fieldChanges('comment', null, view);
    if (repliedTo?.kind === 'instruction') {
      Object.assign(repliedTo, {
        responseCommentId: comment.id,
        respondedById: comment.authorId,
        respondedAt: comment.createdAt,
      });
      const data = { ...view, instruction: toCommentView(repliedTo) };
      history.record(comment.authorId, comment.createdAt, { type: 'instruction.answered', data, changes });
    } else {
      const type = comment.kind === 'instruction' ? 'instruction.given' : 'comment.created';
      history.record(comment.authorId, comment.createdAt, { type, data: view, changes });
    }
  }
  return comments;
}

/** This period's reports, in the last hours before `now`: after the rest of the history, in order. */
function buildReports(
  history: BoardHistory,
  directory: DemoDirectory,
  tasks: ReadonlyMap<string, TaskEntity>,
  now: Date,
): ProgressReportEntity[] {
  return DEMO_REPORTS.map((spec, index) => {
    const task = lookup(tasks, spec.task);
    const report = Object.assign(new ProgressReportEntity(), {
      id: randomUUID(),
      taskId: task.id,
      boardId: history.boardId,
      departmentId: lookup(directory.departmentIds, spec.department),
      authorId: lookup(directory.userIds, spec.department),
      text: spec.text[directory.language],
      progress: spec.progress,
      reportedAt: new Date(now.getTime() - (DEMO_REPORTS.length - index) * EVENT_INTERVAL_MS),
    });
    const view = toReportView(report);
    // The lead department's report states the progress the task already shows: the task is unchanged.
    history.record(report.authorId, report.reportedAt, {
      type: 'report.created',
      data: view,
      changes: fieldChanges('report', null, view),
    });
    return report;
  });
}

/** The local calendar date `days` after `from`, as the "YYYY-MM-DD" the deadline column stores. */
function isoDateInDays(from: Date, days: number): string {
  return addDays(calendarDateOf(from), days);
}

/** The demo data refers to its own records by key; a missing key is a bug in the data, not user input. */
function lookup<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to an unknown record "${String(key)}"`);
  return value;
}
