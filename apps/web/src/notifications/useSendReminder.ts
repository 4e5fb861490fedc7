import { routes } from '@duban/contracts';
import { useMutation } from '@tanstack/react-query';
import { call } from '../api/api-client';
import { useToken } from '../auth/useAuth';

export interface SendReminderVariables {
  taskId: string;
  message: string;
}

/** 催办: the API records the reminder on the task and notifies the lead department's members live. */
export function useSendReminder() {
  const token = useToken();
  return useMutation({
    mutationFn: ({ taskId, message }: SendReminderVariables) =>
      call(routes.sendReminder, { token, params: { taskId }, body: { message } }),
  });
}
