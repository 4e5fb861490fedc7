import {
  acknowledgeRefusal,
  reopenRefusal,
  returnRefusal,
  routes,
  submitRefusal,
  verifyRefusal,
  type Refusal,
  type TaskView,
  type UserView,
} from '@duban/contracts';

/**
 * The supervision steps (签收, 提交审核, 审核销号, 退回, 重新打开) the panel can take, named as the API's
 * endpoints.
 */
export type WorkflowAction = 'acknowledge' | 'submit' | 'verify' | 'return' | 'reopen';

/** The steps that need a text first: the result, the verification note, the reason for returning or reopening. */
export type TextAction = Exclude<WorkflowAction, 'acknowledge'>;

export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = [
  'acknowledge',
  'submit',
  'verify',
  'return',
  'reopen',
];

type Actor = Pick<UserView, 'role' | 'departmentId'>;

// The text (result, note, reason) is typed after the action is chosen: offer it when some text would do.
const ANY_TEXT = '…';

/** Whether the rules let `actor` take `action` with `text` now: null, or the rules' reason. */
export function actionRefusal(action: WorkflowAction, actor: Actor, task: TaskView, text: string): Refusal {
  switch (action) {
    case 'acknowledge':
      return acknowledgeRefusal(actor, task);
    case 'submit':
      return submitRefusal(actor, task, text);
    case 'verify':
      return verifyRefusal(actor, task, text);
    case 'return':
      return returnRefusal(actor, task, text);
    case 'reopen':
      return reopenRefusal(actor, task, text);
  }
}

/** The actions to offer: exactly those the shared rules allow this user on this task right now. */
export function offeredActions(actor: Actor | undefined, task: TaskView): WorkflowAction[] {
  if (!actor) return [];
  return WORKFLOW_ACTIONS.filter((action) => actionRefusal(action, actor, task, ANY_TEXT) === null);
}

/**
 * The lead department could submit but for the rectification measures, which live in the form: tell it
 * so, rather than silently offering nothing.
 */
export function submitNeedsMeasures(actor: Actor | undefined, task: TaskView): boolean {
  if (!actor) return false;
  return (
    submitRefusal(actor, task, ANY_TEXT) !== null &&
    submitRefusal(actor, { ...task, measures: ANY_TEXT }, ANY_TEXT) === null
  );
}

/** Whether the action asks for text first (acknowledging is one click). */
export function needsText(action: WorkflowAction): action is TextAction {
  return action !== 'acknowledge';
}

/** The text the form starts with: submitting proposes the result already recorded on the task. */
export function initialText(action: WorkflowAction, task: TaskView): string {
  return action === 'submit' ? task.result : '';
}

/** The action's route, with the version the user saw and the action's text under its name. */
export function workflowRequest(action: WorkflowAction, task: TaskView, text: string) {
  const params = { taskId: task.id };
  const version = task.version;
  switch (action) {
    case 'acknowledge':
      return { route: routes.acknowledgeTask, params, body: { version } };
    case 'submit':
      return { route: routes.submitTask, params, body: { result: text, version } };
    case 'verify':
      return { route: routes.verifyTask, params, body: { note: text, version } };
    case 'return':
      return { route: routes.returnTask, params, body: { reason: text, version } };
    case 'reopen':
      return { route: routes.reopenTask, params, body: { reason: text, version } };
  }
}
