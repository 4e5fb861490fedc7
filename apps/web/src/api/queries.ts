import type {
  AuditVerification,
  BoardEvent,
  BoardEventsPage,
  BoardHistoryPage,
  BoardSnapshot,
  BoardSummary,
  CommentView,
  DepartmentView,
  SetupInfo,
  TaskView,
  UserView,
} from '@duban/contracts';
import { apiRequest } from './api-client';

/** Every query key in one place, so live updates and mutations find the caches they must touch. */
export const queryKeys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  users: ['users'] as const,
  departments: ['departments'] as const,
  boards: ['boards'] as const,
  board: (boardId: string) => ['boards', boardId, 'snapshot'] as const,
  comments: (taskId: string) => ['tasks', taskId, 'comments'] as const,
  history: (taskId: string) => ['tasks', taskId, 'history'] as const,
  reports: (taskId: string) => ['tasks', taskId, 'reports'] as const,
  reporting: (boardId: string) => ['boards', boardId, 'reporting'] as const,
  /** Every filtered view of the board's history; `filters` is the board-history's filter object. */
  boardHistories: (boardId: string) => ['boards', boardId, 'history'] as const,
  boardHistory: (boardId: string, filters: object) => ['boards', boardId, 'history', filters] as const,
};

const id = (value: string) => encodeURIComponent(value);

export const api = {
  setup: () => apiRequest<SetupInfo>('/setup'),
  me: (token: string) => apiRequest<UserView>('/me', { token }),
  users: (token: string) => apiRequest<UserView[]>('/users', { token }),
  departments: (token: string) => apiRequest<DepartmentView[]>('/departments', { token }),
  boards: (token: string) => apiRequest<BoardSummary[]>('/boards', { token }),
  board: (token: string, boardId: string) => apiRequest<BoardSnapshot>(`/boards/${id(boardId)}`, { token }),
  boardEvents: (token: string, boardId: string, afterSeq: number, limit: number) =>
    apiRequest<BoardEventsPage>(`/boards/${id(boardId)}/events?after=${afterSeq}&limit=${limit}`, { token }),
  comments: (token: string, taskId: string) =>
    apiRequest<CommentView[]>(`/tasks/${id(taskId)}/comments`, { token }),
  history: (token: string, taskId: string) =>
    apiRequest<BoardEvent[]>(`/tasks/${id(taskId)}/history`, { token }),
  task: (token: string, taskId: string) => apiRequest<TaskView>(`/tasks/${id(taskId)}`, { token }),
  /** `query`: the filters and page as the API's query string (see board-history/history-filters.ts). */
  auditVerification: (token: string, boardId: string) =>
    apiRequest<AuditVerification>(`/boards/${id(boardId)}/audit/verify`, { token }),
  boardHistory: (token: string, boardId: string, query: URLSearchParams) =>
    apiRequest<BoardHistoryPage>(`/boards/${id(boardId)}/history?${query.toString()}`, { token }),
};
