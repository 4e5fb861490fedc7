import { DEFAULT_BOARD_SETTINGS, fieldChanges, taskLight, type BoardView } from '@duban/contracts';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardSettingsChanges } from '../boards/board-settings-changes';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { describeUnexpectedError } from '../common/unexpected-error-log';
import { refreshLight } from '../tasks/task-lights';
import { lockTask } from '../tasks/task-writes';
import { TaskQueries } from '../tasks/task-queries';
import { toTaskView } from '../tasks/task.mapper';

/**
 * As days pass, deadlines come near and go by without anyone touching the task: this recomputes every
 * open task's light and records each change as a `task.light_changed` event, so open boards update live.
 * A board whose due-soon days change has its lights recomputed at once, not at the next tick.
 */
@Injectable()
export class LightsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LightsService.name);
  private subscription: Subscription | undefined;

  constructor(
    private readonly tasks: TaskQueries,
    private readonly changes: BoardChangeService,
    private readonly boards: BoardsService,
    private readonly settingsChanges: BoardSettingsChanges,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.subscription = this.settingsChanges.changed$.subscribe(({ boardId, changed, settings }) => {
      if (!changed.includes('dueSoonDays')) return;
      this.refreshBoard({ id: boardId, settings }, this.clock.today()).catch((error: unknown) =>
        this.logger.error(`Could not refresh the lights of board ${boardId}`, describeUnexpectedError(error)),
      );
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** @returns how many lights changed */
  async refreshAll(): Promise<number> {
    const today = this.clock.today();
    const boards = await this.boards.findAll();
    let changed = 0;
    for (const board of boards) changed += await this.refreshBoard(board, today);
    return changed;
  }

  private async refreshBoard(board: Pick<BoardView, 'id' | 'settings'>, today: string): Promise<number> {
    const { dueSoonDays } = { ...DEFAULT_BOARD_SETTINGS, ...board.settings };
    const candidates = await this.tasks.withLights(board.id);
    const stale = candidates.filter((task) => taskLight(task, today, dueSoonDays) !== task.light);
    // No actor: a light change is the calendar's doing, not a person's.
    let changed = 0;
    for (const task of stale) {
      const { event } = await this.changes.apply(board.id, null, async (manager) => {
        const current = await lockTask(manager, task.id);
        const { task: lit, changed } = await refreshLight(manager, current, today, dueSoonDays);
        const view = toTaskView(lit);
        // Someone's change since the candidates were read may have set the light already: no event.
        if (!changed) return { result: view, event: null };
        const changes = fieldChanges('task', toTaskView(current), view);
        return { result: view, event: { type: 'task.light_changed', data: view, changes } };
      });
      if (event) changed += 1;
    }
    return changed;
  }
}
