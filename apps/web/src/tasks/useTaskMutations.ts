import {
  routes,
  type BoardSnapshot,
  type CreateTaskInput,
  type MoveTaskInput,
  type TaskView,
} from '@duban/contracts';
import { useIsMutating, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call, isVersionConflict } from '../api/api-client';
import { queryKeys } from '../api/queries';
import { useToken } from '../auth/useAuth';
import { resolveConflict, type TaskChanges } from './conflict';
import { optimisticPosition } from './task-order';

/** Puts a task the server returned into the board snapshot, unless a newer version is already there. */
export function storeTask(queryClient: QueryClient, task: TaskView): void {
  queryClient.setQueryData<BoardSnapshot>(queryKeys.board(task.boardId), (snapshot) => {
    if (!snapshot) return snapshot;
    const known = snapshot.tasks.find((existing) => existing.id === task.id);
    if (known && known.version > task.version) return snapshot;
    const tasks = known
      ? snapshot.tasks.map((existing) => (existing.id === task.id ? task : existing))
      : [...snapshot.tasks, task];
    return { ...snapshot, tasks };
  });
}

export interface MoveTaskVariables extends MoveTaskInput {
  task: TaskView;
}

const MOVE_TASK_KEY = ['tasks', 'move'] as const;

/**
 * Whether this user's own move of the task is still on its way. Until the server answers, the card shows
 * where it was dropped but the task's version is the old one: a next step taken on it would be refused
 * as a conflict with the user's own move.
 */
export function useMoveInFlight(taskId: string): boolean {
  const moving = useIsMutating({
    mutationKey: MOVE_TASK_KEY,
    predicate: (mutation) => (mutation.state.variables as MoveTaskVariables | undefined)?.task.id === taskId,
  });
  return moving > 0;
}

/**
 * Drag and drop: the card moves at once; if the server refuses (403, 409…) it goes back where it was
 * (unless someone else's newer version has arrived meanwhile) and the error reaches the caller.
 */
export function useMoveTask() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: MOVE_TASK_KEY,
    mutationFn: ({ task, ...input }: MoveTaskVariables) =>
      call(routes.moveTask, { token, params: { taskId: task.id }, body: input }),
    onMutate: ({ task, status, afterTaskId }) => {
      const snapshot = queryClient.getQueryData<BoardSnapshot>(queryKeys.board(task.boardId));
      if (!snapshot) return;
      const position = optimisticPosition(snapshot.tasks, task.id, status, afterTaskId);
      queryClient.setQueryData<BoardSnapshot>(queryKeys.board(task.boardId), {
        ...snapshot,
        tasks: snapshot.tasks.map((existing) =>
          existing.id === task.id ? { ...existing, status, position } : existing,
        ),
      });
    },
    onError: (_error, { task }) => {
      queryClient.setQueryData<BoardSnapshot>(
        queryKeys.board(task.boardId),
        (snapshot) =>
          snapshot && {
            ...snapshot,
            tasks: snapshot.tasks.map((existing) =>
              existing.id === task.id && existing.version <= task.version ? task : existing,
            ),
          },
      );
    },
    onSuccess: (moved) => storeTask(queryClient, moved),
  });
}

/** Thrown when someone else changed the same fields: the UI shows both and lets the user reapply. */
export class TaskEditConflict extends Error {
  constructor(
    readonly current: TaskView,
    readonly fields: string[],
  ) {
    super('Someone else changed the same fields');
    this.name = 'TaskEditConflict';
  }
}

export interface UpdateTaskVariables {
  /** The task as the user saw it when they started editing. */
  base: TaskView;
  changes: TaskChanges;
}

const MAX_SILENT_RETRIES = 3;

/** Saves an edit; on a 409 over other fields it silently retries on the new version. */
export function useUpdateTask() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ base, changes }: UpdateTaskVariables): Promise<TaskView> => {
      let version = base.version;
      for (let attempt = 0; ; attempt += 1) {
        try {
          const body = { ...changes, version };
          return await call(routes.updateTask, { token, params: { taskId: base.id }, body });
        } catch (error) {
          if (!isVersionConflict(error) || attempt >= MAX_SILENT_RETRIES) throw error;
          const current = error.current as TaskView;
          storeTask(queryClient, current);
          const resolution = resolveConflict(base, current, changes);
          if (resolution.kind === 'conflict') throw new TaskEditConflict(current, resolution.fields);
          version = resolution.version;
        }
      }
    },
    onSuccess: (task) => storeTask(queryClient, task),
  });
}

export function useCreateTask(boardId: string) {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTaskInput) =>
      call(routes.createTask, { token, params: { boardId }, body: input }),
    onSuccess: (task) => storeTask(queryClient, task),
  });
}

export function useDeleteTask() {
  const token = useToken();
  return useMutation({
    mutationFn: (task: TaskView) =>
      call(routes.deleteTask, { token, params: { taskId: task.id }, query: { version: task.version } }),
  });
}
