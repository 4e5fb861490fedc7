import { z } from 'zod';
import type { InstructionResponse } from './comments';
import { uuidSchema } from './common';
import { statsQuerySchema } from './stats';

/**
 * Leader instructions (领导批示) across boards: `GET /api/instructions`, the dashboard's "Instructions awaiting
 * response" and the bulletin's instructions with their responses.
 */

/**
 * `?awaiting=true` keeps the instructions still awaiting response (待回复); `boardId` keeps one board's; `tz`
 * (as for the stats) is the zone whose calendar days `waitingDays` counts.
 */
export const instructionsQuerySchema = z.strictObject({
  awaiting: z.enum(['true', 'false']).optional(),
  boardId: uuidSchema.optional(),
  tz: statsQuerySchema.shape.tz,
});
export type InstructionsQuery = z.infer<typeof instructionsQuerySchema>;

/** One instruction with its task, board, lead department, leader and (once answered) its response. */
export interface InstructionItem {
  /** The instruction's comment id. */
  id: string;
  taskId: string;
  taskTitle: string;
  boardId: string;
  boardTitle: string;
  /** The task's lead department as it is now: its members answer the instruction. */
  leadDepartmentId: string | null;
  leadDepartmentName: string | null;
  leaderId: string;
  leaderName: string;
  /** Markdown source. */
  body: string;
  givenAt: string;
  /** The reply that answered it, its author's name and text; null while it awaits response. */
  response: (InstructionResponse & { authorName: string; body: string }) | null;
  /**
   * Whole calendar days from the day it was given to today (awaiting) or to the day it was answered, in the
   * viewer's time zone: 0 on the day itself.
   */
  waitingDays: number;
}

export interface InstructionList {
  asOf: string;
  /** Oldest given first (the longest wait on top). */
  items: InstructionItem[];
}
