import { boardEventTypesWithTaskIdIn } from '@duban/contracts';
import type { SelectQueryBuilder } from 'typeorm';
import type { BoardEventEntity } from './board-event.entity';

/**
 * Narrows a query of board events (alias `event`) to those about one task: its own task.* events, and the
 * comments, reports and reminders on it. Which types hold the task in `data.id` and which in `data.taskId`
 * comes from the contracts' event table, as for `taskIdOf`.
 */
export function aboutTask(
  query: SelectQueryBuilder<BoardEventEntity>,
  taskId: string,
): SelectQueryBuilder<BoardEventEntity> {
  return query.andWhere(
    "((event.type = ANY(:typesWithTaskAsData) AND event.data->>'id' = :taskId) OR " +
      "(event.type = ANY(:typesWithTaskIdInData) AND event.data->>'taskId' = :taskId))",
    {
      taskId,
      typesWithTaskAsData: boardEventTypesWithTaskIdIn('id'),
      typesWithTaskIdInData: boardEventTypesWithTaskIdIn('taskId'),
    },
  );
}
