import type { EditableTaskField } from './tasks';
import type { UserView } from './users';

type AuthUser = Pick<UserView, 'id' | 'role' | 'departmentId'>;

/**
 * Who may do what. Pure functions of the user and the thing, shared by the API (which enforces them) and
 * the web client (which offers only what they allow).
 */

interface BoardScope {
  departmentIds: string[];
}

interface TaskScope {
  leadDepartmentId: string | null;
  cooperatingDepartmentIds: string[];
}

/** Assignment fields belong to the supervision office: a department cannot re-route or re-date its own task. */
export const ASSIGNMENT_FIELDS: readonly EditableTaskField[] = [
  'leadDepartmentId',
  'cooperatingDepartmentIds',
  'responsibleLeaderId',
  'deadline',
  'kind',
  'problem',
  'source',
];

export function isSupervising(user: Pick<AuthUser, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'supervisor';
}

export function canSeeBoard(user: AuthUser, board: BoardScope): boolean {
  if (user.role !== 'member') return true;
  if (board.departmentIds.length === 0) return true;
  return user.departmentId !== null && board.departmentIds.includes(user.departmentId);
}

export function canCreateBoard(user: AuthUser): boolean {
  return isSupervising(user);
}

/** Archiving (归档) and restoring a board: the same people who change its settings. */
export function canArchiveBoard(user: AuthUser): boolean {
  return canCreateBoard(user);
}

/**
 * An archived board is read-only for everyone: its tasks, comments, reports and reminders stay as they
 * are until a supervisor or administrator restores it (the server refuses writes with `board_archived`).
 */
export function isArchivedBoard(board: { archivedAt: string | null }): boolean {
  return board.archivedAt !== null;
}

/** Creating and deleting tasks is the supervision office's job. */
export function canManageTasks(user: AuthUser): boolean {
  return isSupervising(user);
}

export function isTaskDepartmentMember(user: AuthUser, task: TaskScope): boolean {
  if (user.role !== 'member' || user.departmentId === null) return false;
  return (
    task.leadDepartmentId === user.departmentId || task.cooperatingDepartmentIds.includes(user.departmentId)
  );
}

export function canEditTask(user: AuthUser, task: TaskScope): boolean {
  return isSupervising(user) || isTaskDepartmentMember(user, task);
}

/** The first field in `fields` the user may not change on this task, if any. */
export function forbiddenTaskField(
  user: AuthUser,
  fields: readonly EditableTaskField[],
): EditableTaskField | undefined {
  if (isSupervising(user)) return undefined;
  return fields.find((field) => ASSIGNMENT_FIELDS.includes(field));
}

/** Anyone who can see the board may comment on its tasks. */
export function canComment(user: AuthUser, board: BoardScope): boolean {
  return canSeeBoard(user, board);
}

/** A leader's instruction (领导批示): leaders who can see the board. */
export function canGiveInstruction(user: AuthUser, board: BoardScope): boolean {
  return user.role === 'leader' && canSeeBoard(user, board);
}

/** An instruction is answered by a reply from a member of the task's lead department (as it is then). */
export function canAnswerInstruction(user: AuthUser, task: Pick<TaskScope, 'leadDepartmentId'>): boolean {
  return user.role === 'member' && user.departmentId !== null && user.departmentId === task.leadDepartmentId;
}

export function canEditComment(user: AuthUser, comment: { authorId: string }): boolean {
  return comment.authorId === user.id;
}

export function canDeleteComment(user: AuthUser, comment: { authorId: string }): boolean {
  return comment.authorId === user.id || user.role === 'admin';
}

export function canAdminister(user: AuthUser): boolean {
  return user.role === 'admin';
}
