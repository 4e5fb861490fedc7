import type { SelectQueryBuilder } from 'typeorm';
import type { BoardEventEntity } from './board-event.entity';

/**
 * Narrows a query of board events (alias `event`) to those about one task: its own task.* events, and the
 * comments, reports and reminders on it.
 */
export function aboutTask(
  query: SelectQueryBuilder<BoardEventEntity>,
  taskId: string,
): SelectQueryBuilder<BoardEventEntity> {
  return query.andWhere(
    "((event.type LIKE 'task.%' AND event.data->>'id' = :taskId) OR " +
      "((event.type LIKE 'comment.%' OR event.type LIKE 'report.%' OR event.type LIKE 'reminder.%') AND " +
      "event.data->>'taskId' = :taskId))",
    { taskId },
  );
}
