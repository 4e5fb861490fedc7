import { z } from 'zod';
import { isoInstantSchema, MAX_INT4, singleLineString, uuidSchema } from './common';
import { BOARD_EVENT_TYPES, type BoardEventType } from './events';

function isBoardEventType(type: string): type is BoardEventType {
  return (BOARD_EVENT_TYPES as readonly string[]).includes(type);
}

/** Which events: by whom (a user id, or `system`), about which task, of which types, in which time. */
const historyFilterFields = {
  actorId: z.union([uuidSchema, z.literal('system')]).optional(),
  taskId: uuidSchema.optional(),
  types: singleLineString()
    .transform((value, context) => {
      const types = value.split(',').map((type) => type.trim());
      const unknown = types.find((type) => !isBoardEventType(type));
      if (unknown === undefined) return types as BoardEventType[];
      context.addIssue({ code: 'custom', message: `no event type "${unknown}"` });
      return z.NEVER;
    })
    .optional(),
  from: isoInstantSchema.optional(),
  to: isoInstantSchema.optional(),
};

/** `to` must come after `from`; the problem is reported on `to`. */
function fromBeforeTo(query: { from?: string; to?: string }): boolean {
  return !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to);
}
const FROM_BEFORE_TO = { path: ['to'], message: 'must be after from' };

/**
 * `GET /api/boards/:boardId/history`: the board's events newest first, filtered. `types` is a
 * comma-separated list; `from` and `to` are ISO timestamps (the client knows the user's time zone, so it
 * turns calendar days into instants); `before` pages back by seq.
 */
export const boardHistoryQuerySchema = z
  .strictObject({
    ...historyFilterFields,
    before: z.coerce.number().int().min(1).max(MAX_INT4).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(fromBeforeTo, FROM_BEFORE_TO);
export type BoardHistoryQuery = z.infer<typeof boardHistoryQuerySchema>;

/** `GET /api/boards/:boardId/history/export`: the same filters, every matching event, as CSV. */
export const boardHistoryExportQuerySchema = z
  .strictObject(historyFilterFields)
  .refine(fromBeforeTo, FROM_BEFORE_TO);
export type BoardHistoryExportQuery = z.infer<typeof boardHistoryExportQuerySchema>;
