import { useMutation } from '@tanstack/react-query';
import { useToken } from '../auth/useAuth';
import { notificationsApi } from './notifications-api';

export interface SendReminderVariables {
  taskId: string;
  message: string;
}

/** 催办: the API records the reminder on the task and notifies the lead department's members live. */
export function useSendReminder() {
  const token = useToken();
  return useMutation({
    mutationFn: ({ taskId, message }: SendReminderVariables) =>
      notificationsApi.sendReminder(token, taskId, message),
  });
}
