import type { BoardSnapshot, BoardView } from '@duban/contracts';
import { apiRequest } from '../api/api-client';

export const boardKeys = {
  all: ['boards'] as const,
  snapshot: (boardId: string) => ['boards', boardId, 'snapshot'] as const,
};

export function fetchBoards(token: string): Promise<BoardView[]> {
  return apiRequest<BoardView[]>('/boards', { token });
}

export function fetchBoardSnapshot(token: string, boardId: string): Promise<BoardSnapshot> {
  return apiRequest<BoardSnapshot>(`/boards/${encodeURIComponent(boardId)}`, { token });
}
