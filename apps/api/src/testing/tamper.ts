import type { DataSource } from 'typeorm';

/**
 * Runs SQL against the event log as someone who owns the table would to tamper with it: with the
 * append-only trigger switched off for that statement's transaction only.
 */
export function tamperWith(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<unknown> {
  return dataSource.transaction(async (manager) => {
    await manager.query('ALTER TABLE board_events DISABLE TRIGGER board_events_append_only');
    const result: unknown = await manager.query(sql, parameters);
    await manager.query('ALTER TABLE board_events ENABLE TRIGGER board_events_append_only');
    return result;
  });
}
