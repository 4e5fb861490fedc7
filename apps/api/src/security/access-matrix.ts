import {
  acknowledgeRefusal,
  attachmentsFrozenRefusal,
  canAdminister,
  canComment,
  canCreateBoard,
  canDeleteComment,
  canEditComment,
  canEditTask,
  canGiveInstruction,
  canManageTasks,
  canRemoveAttachment,
  canSeeBoard,
  deleteRefusal,
  forbiddenTaskField,
  frozenTaskField,
  reminderRefusal,
  reopenRefusal,
  reportRefusal,
  returnRefusal,
  statusChangeRefusal,
  submitRefusal,
  verifyRefusal,
  type AttachmentView,
  type BoardView,
  type CommentView,
  type NotificationView,
  type TaskView,
  type UserView,
} from '@duban/contracts';
import type { ApiClient, UploadedFile } from '../testing/api-client';
import { sampleText } from '../testing/sample-files';
import { FACTORY_PASSWORD, unique, type AccessWorld, type Actor, type BoardKind } from './access-world';

/** What the access policy implies for a call: 2xx, 403, or the uniform 404 of what the user may not see. */
export type Verdict = 'allowed' | 'forbidden' | 'not_found';

/** Who calls, and what the call acts on: what the policy functions judge. */
export interface Scene {
  user: UserView;
  board: BoardView;
  task?: TaskView;
  comment?: CommentView;
  notification?: NotificationView;
  attachment?: AttachmentView;
}

export interface CaseContext {
  world: AccessWorld;
  actor: Actor;
  board: BoardKind;
}

/** A valid request for the case, and what it acts on. */
export interface Call {
  params?: Record<string, string>;
  query?: string;
  body?: object;
  /** A file sent as a multipart upload (field `file`) instead of a JSON body. */
  upload?: UploadedFile;
  /** A client of the same role and department to call as, when the call ends or changes the session. */
  as?: ApiClient;
  task?: TaskView;
  comment?: CommentView;
  notification?: NotificationView;
  attachment?: AttachmentView;
}

export interface GuardedRoute {
  /** `board`: run on the open and the restricted board; `global`: once per actor. */
  scope: 'board' | 'global';
  call(context: CaseContext): Call | Promise<Call>;
  rule(scene: Scene): Verdict;
}

/** Signing in, health and first-run setup need no token. */
export type MatrixEntry = 'public' | GuardedRoute;

const verdict = (allowed: boolean): Verdict => (allowed ? 'allowed' : 'forbidden');

/** Global routes: the policy decides between 2xx and 403. */
function global(allowed: (scene: Scene) => boolean, call: GuardedRoute['call']): GuardedRoute {
  return { scope: 'global', call, rule: (scene) => verdict(allowed(scene)) };
}

/** Routes on a board or its tasks: a board the user may not see is a 404, whatever else applies. */
function onBoard(allowed: (scene: Scene) => boolean, call: GuardedRoute['call']): GuardedRoute {
  return {
    scope: 'board',
    call,
    rule: (scene) => (canSeeBoard(scene.user, scene.board) ? verdict(allowed(scene)) : 'not_found'),
  };
}

const anyone = () => true;
const task = (scene: Scene): TaskView => {
  if (!scene.task) throw new Error('The call did not say which task it acts on');
  return scene.task;
};

const attachment = (scene: Scene): AttachmentView => {
  if (!scene.attachment) throw new Error('The call did not say which file it acts on');
  return scene.attachment;
};

const noParams = (): Call => ({});
const boardParams = ({ world, board }: CaseContext): Call => ({
  params: { boardId: world.boards[board].id },
});
const sharedTask = async ({ world, board }: CaseContext): Promise<Call> => {
  const shared = await world.sharedTask(board);
  return { params: { taskId: shared.id }, task: shared };
};
/** A task made for this call, with the version it has: calls that change or remove it consume it. */
function freshTask(input: Parameters<AccessWorld['freshTask']>[1], body: (fresh: TaskView) => object) {
  return async ({ world, board }: CaseContext): Promise<Call> => {
    const fresh = await world.freshTask(board, input);
    return { params: { taskId: fresh.id }, task: fresh, body: body(fresh) };
  };
}

const RESULT = 'Delivered as decided';
/** Minutes with one decision, after the first line (offset 8). */
const MINUTES_TEXT = 'Minutes\nIt is necessary to dredge the reservoir.';

/**
 * Who may call each route, in the words of the access policy (@duban/contracts). Every route of the app
 * must be here, and only those: the spec fails for a route missing from this table or an entry for a
 * route that no longer exists.
 */
export const ACCESS_MATRIX: Record<string, MatrixEntry> = {
  'GET /api/health': 'public',
  'GET /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': global(anyone, async ({ world, actor }) => ({
    as: await world.signInAgain(actor),
  })),
  'GET /api/me': global(anyone, noParams),
  'GET /api/me/waiting': global(anyone, noParams),
  'PATCH /api/me/preferences': global(anyone, () => ({ body: { cardDensity: 'compact' } })),
  'POST /api/me/password': global(anyone, async ({ world, actor }) => ({
    as: await world.lookalike(actor),
    body: { currentPassword: FACTORY_PASSWORD, newPassword: `new-password-${unique()}` },
  })),

  'GET /api/departments': global(anyone, noParams),
  'POST /api/departments': global(
    ({ user }) => canAdminister(user),
    () => ({ body: { name: `Department ${unique()}` } }),
  ),
  'PATCH /api/departments/{id}': global(
    ({ user }) => canAdminister(user),
    ({ world }) => ({
      params: { id: world.spareDepartment.id },
      body: { name: `Renamed ${unique()}` },
    }),
  ),
  'DELETE /api/departments/{id}': global(
    ({ user }) => canAdminister(user),
    async ({ world }) => ({ params: { id: (await world.freshDepartment()).id } }),
  ),
  'GET /api/admin/activity': global(({ user }) => canAdminister(user), noParams),
  'GET /api/users': global(anyone, noParams),
  'POST /api/users': global(
    ({ user }) => canAdminister(user),
    () => ({
      body: { username: `new-${unique()}`, password: 'password-1234', displayName: 'New', role: 'member' },
    }),
  ),
  'PATCH /api/users/{id}': global(
    ({ user }) => canAdminister(user),
    ({ world }) => ({
      params: { id: world.spareUser.id },
      body: { displayName: `Renamed ${unique()}` },
    }),
  ),

  'GET /api/boards': global(anyone, noParams),
  'GET /api/stats': global(anyone, noParams),
  'GET /api/export.csv': global(anyone, noParams),
  'GET /api/export.xlsx': global(anyone, noParams),
  'POST /api/boards': global(
    ({ user }) => canCreateBoard(user),
    () => ({ body: { title: `Board ${unique()}` } }),
  ),
  'GET /api/boards/{boardId}': onBoard(anyone, boardParams),
  'PATCH /api/boards/{boardId}': onBoard(
    ({ user }) => canCreateBoard(user),
    (context) => ({ ...boardParams(context), body: { title: `Board ${unique()}` } }),
  ),
  'GET /api/boards/{boardId}/events': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/stats/trend': onBoard(anyone, boardParams),
  'GET /api/stats/trend': global(anyone, noParams),
  'GET /api/boards/{boardId}/history': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/history/export': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/export.csv': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/export.xlsx': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/audit/verify': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/reporting': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/stats': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/circular': onBoard(anyone, boardParams),
  'GET /api/boards/{boardId}/circular.xlsx': onBoard(anyone, boardParams),
  'POST /api/boards/{boardId}/tasks': onBoard(
    ({ user }) => canManageTasks(user),
    (context) => ({ ...boardParams(context), body: { title: `Task ${unique()}` } }),
  ),

  'POST /api/minutes/preview': onBoard(
    ({ user }) => canManageTasks(user),
    ({ world, board }) => ({ body: { text: MINUTES_TEXT, boardId: world.boards[board].id } }),
  ),
  'POST /api/boards/{boardId}/minutes': onBoard(
    ({ user }) => canManageTasks(user),
    (context) => ({
      ...boardParams(context),
      body: {
        text: MINUTES_TEXT,
        drafts: [
          { title: `Task ${unique()}`, description: '', sourceStart: 8, sourceEnd: MINUTES_TEXT.length },
        ],
      },
    }),
  ),
  'GET /api/boards/{boardId}/minutes': onBoard(anyone, boardParams),
  'GET /api/minutes/{minutesId}': onBoard(anyone, async ({ world, board }) => ({
    params: { minutesId: await world.sharedMinutes(board) },
  })),

  'GET /api/tasks/{taskId}': onBoard(anyone, sharedTask),
  'GET /api/tasks/{taskId}/history': onBoard(anyone, sharedTask),
  'PATCH /api/tasks/{taskId}': onBoard(
    (scene) =>
      canEditTask(scene.user, task(scene)) &&
      forbiddenTaskField(scene.user, ['progress']) === undefined &&
      frozenTaskField(task(scene), ['progress']) === null,
    freshTask({}, (fresh) => ({ progress: 40, version: fresh.version })),
  ),
  'DELETE /api/tasks/{taskId}': onBoard(
    (scene) => canManageTasks(scene.user) && deleteRefusal(task(scene)) === null,
    async (context) => {
      const call = await freshTask({}, () => ({}))(context);
      return { ...call, body: undefined, query: `?version=${call.task!.version}` };
    },
  ),
  'POST /api/tasks/{taskId}/move': onBoard(
    (scene) =>
      canEditTask(scene.user, task(scene)) &&
      statusChangeRefusal(scene.user, task(scene), task(scene).status) === null,
    freshTask({}, (fresh) => ({ status: fresh.status, afterTaskId: null, version: fresh.version })),
  ),
  'POST /api/tasks/{taskId}/acknowledge': onBoard(
    (scene) => acknowledgeRefusal(scene.user, task(scene)) === null,
    freshTask({}, (fresh) => ({ version: fresh.version })),
  ),
  'POST /api/tasks/{taskId}/submit': onBoard(
    (scene) => submitRefusal(scene.user, task(scene), RESULT) === null,
    freshTask({ status: 'in_progress' }, (fresh) => ({ result: RESULT, version: fresh.version })),
  ),
  'POST /api/tasks/{taskId}/verify': onBoard(
    (scene) => verifyRefusal(scene.user, task(scene), 'Checked on site') === null,
    freshTask({ status: 'in_review', result: RESULT }, (fresh) => ({
      note: 'Checked on site',
      version: fresh.version,
    })),
  ),
  'POST /api/tasks/{taskId}/return': onBoard(
    (scene) => returnRefusal(scene.user, task(scene), 'Incomplete') === null,
    freshTask({ status: 'in_review', result: RESULT }, (fresh) => ({
      reason: 'Incomplete',
      version: fresh.version,
    })),
  ),

  'POST /api/tasks/{taskId}/reopen': onBoard(
    (scene) => reopenRefusal(scene.user, task(scene), 'Found lacking') === null,
    freshTask({ status: 'done' }, (fresh) => ({ reason: 'Found lacking', version: fresh.version })),
  ),
  'GET /api/tasks/{taskId}/comments': onBoard(anyone, sharedTask),
  'POST /api/tasks/{taskId}/comments': onBoard(
    (scene) => canComment(scene.user, scene.board),
    async (context) => ({ ...(await sharedTask(context)), body: { body: `Comment ${unique()}` } }),
  ),
  'PATCH /api/comments/{id}': onBoard(
    (scene) => canEditComment(scene.user, scene.comment!),
    async ({ world, board }) => {
      const comment = await world.sharedComment(board);
      return { params: { id: comment.id }, comment, body: { body: `Edited ${unique()}` } };
    },
  ),
  'DELETE /api/comments/{id}': onBoard(
    (scene) => canDeleteComment(scene.user, scene.comment!),
    async ({ world, board }) => {
      const comment = await world.freshComment(board);
      return { params: { id: comment.id }, comment };
    },
  ),

  'GET /api/instructions': global(anyone, noParams),

  'GET /api/tasks/{taskId}/reports': onBoard(anyone, sharedTask),
  'POST /api/tasks/{taskId}/reports': onBoard(
    (scene) => reportRefusal(scene.user, task(scene)) === null,
    async (context) => ({ ...(await sharedTask(context)), body: { text: 'On schedule', progress: 30 } }),
  ),
  'GET /api/tasks/{taskId}/reminders': onBoard(anyone, sharedTask),
  'POST /api/tasks/{taskId}/reminders': onBoard(
    (scene) => reminderRefusal(scene.user, task(scene)) === null,
    async (context) => ({ ...(await sharedTask(context)), body: { message: 'Please report' } }),
  ),

  'GET /api/tasks/{taskId}/attachments': onBoard(anyone, sharedTask),
  'POST /api/tasks/{taskId}/attachments': onBoard(
    (scene) => canEditTask(scene.user, task(scene)) && attachmentsFrozenRefusal(task(scene)) === null,
    async (context) => ({ ...(await sharedTask(context)), upload: sampleText() }),
  ),
  'GET /api/attachments/{id}': onBoard(anyone, async ({ world, board }) => {
    const shared = await world.sharedAttachment(board);
    return { params: { id: shared.id }, attachment: shared };
  }),
  'GET /api/attachments/{id}/thumbnail': onBoard(anyone, async ({ world, board }) => {
    const shared = await world.sharedAttachment(board);
    return { params: { id: shared.id }, attachment: shared };
  }),
  // Added by the lead department's member to an open task: theirs to remove, and supervisors'.
  'DELETE /api/attachments/{id}': onBoard(
    (scene) => canRemoveAttachment(scene.user, attachment(scene)),
    async ({ world, board }) => {
      const fresh = await world.freshAttachment(board);
      return { params: { id: fresh.id }, attachment: fresh };
    },
  ),

  'GET /api/notifications': global(anyone, noParams),
  'POST /api/notifications/read-all': global(anyone, noParams),
  // One's own notifications only; anyone else's do not exist for the caller (404, as for a hidden board).
  'POST /api/notifications/{id}/read': {
    scope: 'global',
    call: async ({ world }) => {
      const notification = await world.notification();
      return { params: { id: notification.id }, notification };
    },
    rule: ({ user, notification }) => (notification?.userId === user.id ? 'allowed' : 'not_found'),
  },
};

/**
 * Calls a route of the matrix makes with a body that another policy rule decides: each as [what it is,
 * the route's key, the case]. Leader instructions (领导批示) are comments with `kind: 'instruction'`.
 */
export const BODY_VARIANTS: [string, string, GuardedRoute][] = [
  [
    'an instruction (kind: instruction)',
    'POST /api/tasks/{taskId}/comments',
    onBoard(
      (scene) => canGiveInstruction(scene.user, scene.board),
      async (context) => ({
        ...(await sharedTask(context)),
        body: { body: `Instruction ${unique()}`, kind: 'instruction' },
      }),
    ),
  ],
];
