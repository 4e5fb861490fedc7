import { DEFAULT_BOARD_SETTINGS, type BoardSettings } from '@duban/contracts';
import type { EntityManager } from 'typeorm';
import { BoardEntity } from './board.entity';

/**
 * A board's settings, defaults filled in, read with the caller's `manager` (a board change's, whose
 * transaction holds the board row): for other domains' writes that depend on them, such as a task's light.
 * A board that does not exist has the default settings.
 */
export async function boardSettingsOf(manager: EntityManager, boardId: string): Promise<BoardSettings> {
  const board = await manager.findOne(BoardEntity, {
    where: { id: boardId },
    select: { id: true, settings: true },
  });
  return { ...DEFAULT_BOARD_SETTINGS, ...board?.settings };
}
