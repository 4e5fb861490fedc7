import { z } from 'zod';
import { longText, shortText, uuidSchema } from './common';
import type { TaskView } from './tasks';

export const createBoardSchema = z.strictObject({
  title: shortText(200),
  description: longText(5000).optional(),
  /** The meeting minutes the board's tasks come from: text or a reference. */
  source: longText(20000).optional(),
  /** Empty: everyone may see the board. Otherwise only these departments (and admins, supervisors, leaders). */
  departmentIds: z.array(uuidSchema).max(100).optional(),
});
export type CreateBoardInput = z.infer<typeof createBoardSchema>;

export interface BoardView {
  id: string;
  title: string;
  description: string;
  source: string;
  departmentIds: string[];
  seq: number;
  createdAt: string;
}

export interface BoardCounts {
  total: number;
  done: number;
  /** Not done and past the deadline. */
  overdue: number;
}

/** An entry of `GET /api/boards`: the board and how its tasks stand. */
export interface BoardSummary extends BoardView {
  counts: BoardCounts;
}

/** `GET /api/boards/:boardId`: the board, its tasks, and the event seq the snapshot is consistent with. */
export interface BoardSnapshot {
  board: BoardView;
  tasks: TaskView[];
  seq: number;
}

export const boardEventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type BoardEventsQuery = z.infer<typeof boardEventsQuerySchema>;
