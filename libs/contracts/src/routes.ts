import { adminActivityQuerySchema, type AdminActivityEntry } from './admin-activity';
import { allBoardsExportQuerySchema } from './all-boards-export';
import type { AuditVerification } from './audit-verification';
import { changePasswordSchema, loginSchema, type LoginResult } from './auth';
import { bulletinQuerySchema, type Bulletin } from './bulletin';
import {
  boardEventsQuerySchema,
  createBoardSchema,
  listBoardsQuerySchema,
  updateBoardSchema,
  type BoardSnapshot,
  type BoardSummary,
  type BoardView,
} from './boards';
import { uploadAttachmentFieldsSchema, type AttachmentView } from './attachments';
import { createCommentSchema, updateCommentSchema, type CommentView } from './comments';
import { createDepartmentSchema, updateDepartmentSchema, type DepartmentView } from './departments';
import type { BoardEvent, BoardEventsPage, BoardHistoryPage } from './events';
import { exportQuerySchema } from './export-columns';
import { instructionsQuerySchema, type InstructionList } from './instructions';
import {
  importMinutesSchema,
  minutesPreviewSchema,
  type ImportMinutesResult,
  type MinutesPreview,
  type MinutesSummary,
  type MinutesView,
} from './minutes';
import { boardHistoryExportQuerySchema, boardHistoryQuerySchema } from './history-query';
import {
  notificationsQuerySchema,
  type NotificationList,
  type NotificationsReadAllResult,
  type NotificationView,
} from './notifications';
import { createReminderSchema, type ReminderView } from './reminders';
import { statsQuerySchema, type TaskStats } from './stats';
import { trendQuerySchema, type TaskTrend } from './trend';
import { createReportSchema, type BoardReporting, type ReportView } from './reports';
import { file, json, noContent, route } from './rest';
import type { SetupInfo } from './setup';
import { waitingQuerySchema, type WaitingForMe } from './waiting';
import {
  acknowledgeTaskSchema,
  createTaskSchema,
  deleteTaskQuerySchema,
  moveTaskSchema,
  reopenTaskSchema,
  returnTaskSchema,
  submitTaskSchema,
  updateTaskSchema,
  verifyTaskSchema,
  type TaskView,
} from './tasks';
import {
  createUserSchema,
  updatePreferencesSchema,
  updateUserSchema,
  type CurrentUser,
  type UserPreferences,
  type UserView,
} from './users';

/**
 * Every REST route the API serves under `/api`: the web client calls these entries, the API's controllers
 * are declared with them (`@Endpoint(routes.x)`), and a spec checks that the app serves exactly this table.
 */
export const routes = {
  health: route({
    method: 'GET',
    path: '/health',
    response: json<{ status: 'ok' }>(),
    status: 200,
    public: true,
    summary: 'Health check: 200 while the database answers, 503 when it does not',
  }),
  setup: route({
    method: 'GET',
    path: '/setup',
    response: json<SetupInfo>(),
    status: 200,
    public: true,
    summary: 'Whether the server runs the demo workspace, and its logins',
  }),

  login: route({
    method: 'POST',
    path: '/auth/login',
    body: loginSchema,
    response: json<LoginResult>(),
    status: 200,
    public: true,
    summary: 'Sign in: a bearer token for the other endpoints (valid 12 hours), and the user',
  }),
  logout: route({
    method: 'POST',
    path: '/auth/logout',
    response: noContent(),
    status: 204,
    summary: 'Sign out: this token stops working at once',
  }),
  me: route({
    method: 'GET',
    path: '/me',
    response: json<CurrentUser>(),
    status: 200,
    summary: 'The signed-in user, with their preferences',
  }),
  meWaiting: route({
    method: 'GET',
    path: '/me/waiting',
    query: waitingQuerySchema,
    response: json<WaitingForMe>(),
    status: 200,
    summary:
      'Waiting for me (待我处理): the tasks that wait for the caller, by role, in named sections, over the boards they may see',
  }),
  updatePreferences: route({
    method: 'PATCH',
    path: '/me/preferences',
    body: updatePreferencesSchema,
    response: json<UserPreferences>(),
    status: 200,
    summary: 'Change your own preferences (language, card density)',
  }),
  changePassword: route({
    method: 'POST',
    path: '/me/password',
    body: changePasswordSchema,
    response: json<LoginResult>(),
    status: 200,
    summary: 'Change your own password',
  }),

  listDepartments: route({
    method: 'GET',
    path: '/departments',
    response: json<DepartmentView[]>(),
    status: 200,
    summary: 'All departments, by name',
  }),
  createDepartment: route({
    method: 'POST',
    path: '/departments',
    body: createDepartmentSchema,
    response: json<DepartmentView>(),
    status: 201,
    summary: 'Create a department',
  }),
  updateDepartment: route({
    method: 'PATCH',
    path: '/departments/:id',
    body: updateDepartmentSchema,
    response: json<DepartmentView>(),
    status: 200,
    summary: 'Rename, archive or restore a department, or set its keywords for minutes import',
  }),
  deleteDepartment: route({
    method: 'DELETE',
    path: '/departments/:id',
    response: noContent(),
    status: 204,
    summary: 'Delete a department that has no tasks and no members (archive it otherwise)',
  }),
  listAdminActivity: route({
    method: 'GET',
    path: '/admin/activity',
    query: adminActivityQuerySchema,
    response: json<AdminActivityEntry[]>(),
    status: 200,
    summary: "The administrators' actions on departments and users, newest first",
  }),

  listUsers: route({
    method: 'GET',
    path: '/users',
    response: json<UserView[]>(),
    status: 200,
    summary: 'All users, without their password hashes',
  }),
  createUser: route({
    method: 'POST',
    path: '/users',
    body: createUserSchema,
    response: json<UserView>(),
    status: 201,
    summary: 'Create a user',
  }),
  updateUser: route({
    method: 'PATCH',
    path: '/users/:id',
    body: updateUserSchema,
    response: json<UserView>(),
    status: 200,
    summary: "Change a user's name, role, department or password, or deactivate / reactivate the account",
  }),

  listBoards: route({
    method: 'GET',
    path: '/boards',
    query: listBoardsQuerySchema,
    response: json<BoardSummary[]>(),
    status: 200,
    summary:
      'The boards the user may see, oldest first, with their task counts; `q` searches titles, `archived` includes or picks archived boards',
  }),
  createBoard: route({
    method: 'POST',
    path: '/boards',
    body: createBoardSchema,
    response: json<BoardView>(),
    status: 201,
    summary: 'Create a board: the tasks decided by one meeting, supervised together',
  }),
  getBoard: route({
    method: 'GET',
    path: '/boards/:boardId',
    response: json<BoardSnapshot>(),
    status: 200,
    summary: 'A board with all its tasks, and the event seq they are consistent with',
  }),
  updateBoard: route({
    method: 'PATCH',
    path: '/boards/:boardId',
    body: updateBoardSchema,
    response: json<BoardView>(),
    status: 200,
    summary:
      'Change title, visibility and supervision settings (due-soon days, reporting cadence, escalation)',
  }),
  boardEvents: route({
    method: 'GET',
    path: '/boards/:boardId/events',
    query: boardEventsQuerySchema,
    response: json<BoardEventsPage>(),
    status: 200,
    summary: "Catch up on the board's events after a seq, oldest first",
  }),
  boardReporting: route({
    method: 'GET',
    path: '/boards/:boardId/reporting',
    response: json<BoardReporting>(),
    status: 200,
    summary: 'Who has not reported yet: the current reporting period and the lead departments still owing it',
  }),
  verifyBoardAudit: route({
    method: 'GET',
    path: '/boards/:boardId/audit/verify',
    response: json<AuditVerification>(),
    status: 200,
    summary:
      "Check that the board's event log is intact (留痕): recomputes its hash chain, and reads every stored file against the SHA-256 its event records",
  }),
  boardHistory: route({
    method: 'GET',
    path: '/boards/:boardId/history',
    query: boardHistoryQuerySchema,
    response: json<BoardHistoryPage>(),
    status: 200,
    summary: "The board's history (操作记录), newest first",
  }),
  exportBoardHistory: route({
    method: 'GET',
    path: '/boards/:boardId/history/export',
    query: boardHistoryExportQuerySchema,
    response: file('text/csv', 'board-history.csv'),
    status: 200,
    summary: "The board's history as CSV (留痕台账), oldest first",
  }),
  exportTasksCsv: route({
    method: 'GET',
    path: '/boards/:boardId/export.csv',
    query: exportQuerySchema,
    response: file('text/csv', 'tasks.csv'),
    status: 200,
    summary: "The board's tasks as CSV (督办台账), narrowed by the table's filters, in board order",
  }),
  exportTasksXlsx: route({
    method: 'GET',
    path: '/boards/:boardId/export.xlsx',
    query: exportQuerySchema,
    response: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'tasks.xlsx'),
    status: 200,
    summary:
      "The board's tasks as an Excel workbook (督办台账), narrowed by the table's filters, in board order",
  }),
  exportAllTasksCsv: route({
    method: 'GET',
    path: '/export.csv',
    query: allBoardsExportQuerySchema,
    response: file('text/csv', 'all-boards.csv'),
    status: 200,
    summary:
      "Every board the caller may see as one CSV with a leading Board column, narrowed by the table's filters",
  }),
  exportAllTasksXlsx: route({
    method: 'GET',
    path: '/export.xlsx',
    query: allBoardsExportQuerySchema,
    response: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'all-boards.xlsx'),
    status: 200,
    summary:
      "Every board the caller may see as an Excel workbook, one sheet per board, narrowed by the table's filters",
  }),

  boardStats: route({
    method: 'GET',
    path: '/boards/:boardId/stats',
    query: statsQuerySchema,
    response: json<TaskStats>(),
    status: 200,
    summary: "The board's figures per lead department (领导驾驶舱), narrowed by the table's filters",
  }),
  stats: route({
    method: 'GET',
    path: '/stats',
    query: statsQuerySchema,
    response: json<TaskStats>(),
    status: 200,
    summary:
      "The figures per lead department over every board the caller may see, narrowed by the table's filters",
  }),
  boardStatsTrend: route({
    method: 'GET',
    path: '/boards/:boardId/stats/trend',
    query: trendQuerySchema,
    response: json<TaskTrend>(),
    status: 200,
    summary:
      "The board's tasks due, closed, overdue and open at the end of each day, replayed from its event log",
  }),
  statsTrend: route({
    method: 'GET',
    path: '/stats/trend',
    query: trendQuerySchema,
    response: json<TaskTrend>(),
    status: 200,
    summary: 'Tasks due, closed, overdue and open at the end of each day over every board the caller may see',
  }),
  boardBulletin: route({
    method: 'GET',
    path: '/boards/:boardId/circular',
    query: bulletinQuerySchema,
    response: json<Bulletin>(),
    status: 200,
    summary:
      "The board's supervision bulletin (督办通报) for a period: figures, ranking, overdue, closed, instructions",
  }),
  boardBulletinXlsx: route({
    method: 'GET',
    path: '/boards/:boardId/circular.xlsx',
    query: bulletinQuerySchema,
    response: file('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'bulletin.xlsx'),
    status: 200,
    summary: "The board's supervision bulletin (督办通报) for a period as an Excel workbook",
  }),

  previewMinutes: route({
    method: 'POST',
    path: '/minutes/preview',
    body: minutesPreviewSchema,
    response: json<MinutesPreview>(),
    status: 200,
    summary:
      'Split meeting minutes into one draft task per decision, with suggested deadline and departments',
  }),
  importMinutes: route({
    method: 'POST',
    path: '/boards/:boardId/minutes',
    body: importMinutesSchema,
    response: json<ImportMinutesResult>(),
    status: 201,
    summary: 'Keep the minutes and create the reviewed drafts as tasks, all in one transaction or none',
  }),
  listBoardMinutes: route({
    method: 'GET',
    path: '/boards/:boardId/minutes',
    response: json<MinutesSummary[]>(),
    status: 200,
    summary: 'The minutes imported into a board, newest first',
  }),
  getMinutes: route({
    method: 'GET',
    path: '/minutes/:minutesId',
    response: json<MinutesView>(),
    status: 200,
    summary: 'One minutes text with the tasks made from it',
  }),
  createTask: route({
    method: 'POST',
    path: '/boards/:boardId/tasks',
    body: createTaskSchema,
    response: json<TaskView>(),
    status: 201,
    summary: 'Create a task or rectification item on a board',
  }),
  getTask: route({
    method: 'GET',
    path: '/tasks/:taskId',
    response: json<TaskView>(),
    status: 200,
    summary: 'One task',
  }),
  taskHistory: route({
    method: 'GET',
    path: '/tasks/:taskId/history',
    response: json<BoardEvent[]>(),
    status: 200,
    summary: "The task's own history, oldest first",
  }),
  updateTask: route({
    method: 'PATCH',
    path: '/tasks/:taskId',
    body: updateTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: 'Edit a task',
  }),
  moveTask: route({
    method: 'POST',
    path: '/tasks/:taskId/move',
    body: moveTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: 'Move a task on the board: another status column, or another place in its column',
  }),
  acknowledgeTask: route({
    method: 'POST',
    path: '/tasks/:taskId/acknowledge',
    body: acknowledgeTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: '签收 (acknowledge): the lead department confirms it has received the task',
  }),
  submitTask: route({
    method: 'POST',
    path: '/tasks/:taskId/submit',
    body: submitTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: '提交审核 (submit for verification): the lead department reports the task done, with its result',
  }),
  verifyTask: route({
    method: 'POST',
    path: '/tasks/:taskId/verify',
    body: verifyTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: '审核销号 (verify and close): an independent supervisor confirms the result and closes the task',
  }),
  returnTask: route({
    method: 'POST',
    path: '/tasks/:taskId/return',
    body: returnTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: '退回 (return): sent back to the lead department with a reason',
  }),
  reopenTask: route({
    method: 'POST',
    path: '/tasks/:taskId/reopen',
    body: reopenTaskSchema,
    response: json<TaskView>(),
    status: 200,
    summary: '重新打开 (reopen): a supervisor takes a closed task back to In progress, with a reason',
  }),
  deleteTask: route({
    method: 'DELETE',
    path: '/tasks/:taskId',
    query: deleteTaskQuerySchema,
    response: noContent(),
    status: 204,
    summary: 'Delete a task',
  }),

  listComments: route({
    method: 'GET',
    path: '/tasks/:taskId/comments',
    response: json<CommentView[]>(),
    status: 200,
    summary: "The task's comments, oldest first",
  }),
  createComment: route({
    method: 'POST',
    path: '/tasks/:taskId/comments',
    body: createCommentSchema,
    response: json<CommentView>(),
    status: 201,
    summary: 'Comment on a task',
  }),
  updateComment: route({
    method: 'PATCH',
    path: '/comments/:id',
    body: updateCommentSchema,
    response: json<CommentView>(),
    status: 200,
    summary: 'Edit a comment',
  }),
  deleteComment: route({
    method: 'DELETE',
    path: '/comments/:id',
    response: noContent(),
    status: 204,
    summary: 'Delete a comment',
  }),
  listAttachments: route({
    method: 'GET',
    path: '/tasks/:taskId/attachments',
    response: json<AttachmentView[]>(),
    status: 200,
    summary: "The task's evidence files (佐证材料), those of its reports and comments included, oldest first",
  }),
  uploadAttachment: route({
    method: 'POST',
    path: '/tasks/:taskId/attachments',
    multipart: uploadAttachmentFieldsSchema,
    response: json<AttachmentView>(),
    status: 201,
    summary:
      'Attach a file to a task, or to one of its progress reports or comments (multipart, field `file`)',
  }),
  downloadAttachment: route({
    method: 'GET',
    path: '/attachments/:id',
    response: file('application/octet-stream', 'attachment'),
    status: 200,
    summary: 'The bytes of a file, as stored (its own type; inline for images and PDF, else a download)',
  }),
  attachmentThumbnail: route({
    method: 'GET',
    path: '/attachments/:id/thumbnail',
    response: file('image/webp', 'thumbnail.webp'),
    status: 200,
    summary: "An image's thumbnail: upright (EXIF orientation applied), no location or other metadata",
  }),
  deleteAttachment: route({
    method: 'DELETE',
    path: '/attachments/:id',
    response: noContent(),
    status: 204,
    summary: 'Remove a file: its bytes are deleted, its record and SHA-256 stay in the history',
  }),

  listInstructions: route({
    method: 'GET',
    path: '/instructions',
    query: instructionsQuerySchema,
    response: json<InstructionList>(),
    status: 200,
    summary:
      "Leader instructions (领导批示) on the boards the caller may see, oldest first, with each one's wait in days",
  }),

  listReports: route({
    method: 'GET',
    path: '/tasks/:taskId/reports',
    response: json<ReportView[]>(),
    status: 200,
    summary: "The task's progress reports (进展反馈), newest first",
  }),
  createReport: route({
    method: 'POST',
    path: '/tasks/:taskId/reports',
    body: createReportSchema,
    response: json<ReportView>(),
    status: 201,
    summary: 'Report progress on a task (进展反馈): a dated text and a percent',
  }),

  listReminders: route({
    method: 'GET',
    path: '/tasks/:taskId/reminders',
    response: json<ReminderView[]>(),
    status: 200,
    summary: "The task's reminders (催办), oldest first: the supervisors' and the automatic ones",
  }),
  sendReminder: route({
    method: 'POST',
    path: '/tasks/:taskId/reminders',
    body: createReminderSchema,
    response: json<ReminderView>(),
    status: 201,
    summary: "催办 (remind): push the task's lead department; its members are notified",
  }),

  listNotifications: route({
    method: 'GET',
    path: '/notifications',
    query: notificationsQuerySchema,
    response: json<NotificationList>(),
    status: 200,
    summary: "The signed-in user's notifications, newest first, with how many are unread in all",
  }),
  markAllNotificationsRead: route({
    method: 'POST',
    path: '/notifications/read-all',
    response: json<NotificationsReadAllResult>(),
    status: 200,
    summary: "Mark all the signed-in user's unread notifications read",
  }),
  markNotificationRead: route({
    method: 'POST',
    path: '/notifications/:id/read',
    response: json<NotificationView>(),
    status: 200,
    summary: "Mark one of the signed-in user's notifications read",
  }),
} as const;

export type RouteName = keyof typeof routes;
export type Routes = typeof routes;
