import type { TaskView } from '@duban/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, isVersionConflict } from '../api/api-client';
import { useToken } from '../auth/useAuth';
import { storeTask } from '../tasks/useTaskMutations';
import { workflowRequest, type WorkflowAction } from './workflow-actions';

export interface WorkflowActionVariables {
  action: WorkflowAction;
  /** The task as the user saw it: its version goes with the request. */
  task: TaskView;
  text: string;
}

/**
 * Takes one supervision step. The returned task goes straight into the board snapshot (the socket event
 * that follows is then a duplicate). On a 409 the newer task is stored too, so the panel shows what
 * changed and the user can decide again.
 */
export function useWorkflowAction() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, task, text }: WorkflowActionVariables) => {
      const { route, params, body } = workflowRequest(action, task, text);
      return call(route, { token, params, body });
    },
    onSuccess: (task) => storeTask(queryClient, task),
    onError: (error) => {
      if (isVersionConflict(error)) storeTask(queryClient, error.current as TaskView);
    },
  });
}
