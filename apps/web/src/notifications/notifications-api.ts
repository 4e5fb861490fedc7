import type {
  NotificationList,
  NotificationsReadAllResult,
  NotificationView,
  ReminderView,
} from '@duban/contracts';
import { apiRequest } from '../api/api-client';
import { NOTIFICATIONS_LIMIT } from './notification-cache';

const id = (value: string) => encodeURIComponent(value);

/** The REST calls of the notification centre and of reminders (催办), which are what notify people. */
export const notificationsApi = {
  list: (token: string) =>
    apiRequest<NotificationList>(`/notifications?limit=${NOTIFICATIONS_LIMIT}`, { token }),
  markRead: (token: string, notificationId: string) =>
    apiRequest<NotificationView>(`/notifications/${id(notificationId)}/read`, { method: 'POST', token }),
  markAllRead: (token: string) =>
    apiRequest<NotificationsReadAllResult>('/notifications/read-all', { method: 'POST', token }),
  sendReminder: (token: string, taskId: string, message: string) =>
    apiRequest<ReminderView>(`/tasks/${id(taskId)}/reminders`, { method: 'POST', token, body: { message } }),
};
