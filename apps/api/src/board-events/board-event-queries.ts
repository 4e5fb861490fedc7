import { boardEventTypesWithTaskIdIn, type BoardHistoryExportQuery } from '@duban/contracts';
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

/** Narrows a query of board events (alias `event`) to the history's filters: who, what, which task, when. */
export function matchingFilters(
  query: SelectQueryBuilder<BoardEventEntity>,
  filters: BoardHistoryExportQuery,
): SelectQueryBuilder<BoardEventEntity> {
  let select = query;
  if (filters.actorId === 'system') select = select.andWhere('event.actorId IS NULL');
  else if (filters.actorId)
    select = select.andWhere('event.actorId = :actorId', { actorId: filters.actorId });
  if (filters.types) select = select.andWhere('event.type IN (:...types)', { types: filters.types });
  if (filters.from) select = select.andWhere('event.at >= :from', { from: new Date(filters.from) });
  if (filters.to) select = select.andWhere('event.at < :to', { to: new Date(filters.to) });
  if (filters.taskId) select = aboutTask(select, filters.taskId);
  return select;
}
