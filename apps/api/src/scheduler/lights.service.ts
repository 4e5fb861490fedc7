import { DEFAULT_BOARD_SETTINGS, fieldChanges, taskLight } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { BoardChangeService } from '../boards/board-change.service';
import { BoardEntity } from '../boards/board.entity';
import { Clock } from '../common/clock';
import { refreshLight } from '../tasks/task-lights';
import { lockTask } from '../tasks/task-writes';
import { TaskEntity } from '../tasks/task.entity';
import { toTaskView } from '../tasks/task.mapper';

/**
 * As days pass, deadlines come near and go by without anyone touching the task: this recomputes every
 * open task's light and records each change as a `task.light_changed` event, so open boards update live.
 */
@Injectable()
export class LightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: BoardChangeService,
    private readonly clock: Clock,
  ) {}

  /** @returns how many lights changed */
  async refreshAll(): Promise<number> {
    const today = this.clock.today();
    const boards = await this.dataSource.getRepository(BoardEntity).find({
      select: { id: true, settings: true },
    });
    let changed = 0;
    for (const board of boards) changed += await this.refreshBoard(board, today);
    return changed;
  }

  private async refreshBoard(board: BoardEntity, today: string): Promise<number> {
    const { dueSoonDays } = { ...DEFAULT_BOARD_SETTINGS, ...board.settings };
    const candidates = await this.dataSource.getRepository(TaskEntity).find({
      where: [
        { boardId: board.id, status: Not('done') },
        { boardId: board.id, light: Not('green') },
      ],
    });
    const stale = candidates.filter((task) => taskLight(task, today, dueSoonDays) !== task.light);
    // No actor: a light change is the calendar's doing, not a person's.
    for (const task of stale) {
      await this.changes.apply(board.id, null, async (manager) => {
        const current = await lockTask(manager, task.id);
        const { task: lit } = await refreshLight(manager, current, today, dueSoonDays);
        const view = toTaskView(lit);
        const changes = fieldChanges('task', toTaskView(current), view);
        return { result: view, event: { type: 'task.light_changed', data: view, changes } };
      });
    }
    return stale.length;
  }
}
