import { DEFAULT_BOARD_SETTINGS, fieldChanges, taskLight, type BoardView } from '@duban/contracts';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { BoardChangeService } from '../board-events/board-change.service';
import { BoardSettingsChanges } from '../boards/board-settings-changes';
import { BoardsService } from '../boards/boards.service';
import { Clock } from '../common/clock';
import { describeUnexpectedError } from '../common/unexpected-error-log';
import { refreshLights } from '../tasks/task-lights';
import { TaskQueries } from '../tasks/task-queries';
import { toTaskView } from '../tasks/task.mapper';

/** How many lights one transaction changes: the board is locked meanwhile, so other writes wait so long. */
const LIGHTS_PER_CHANGE = 100;

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

  /**
   * One board's stale lights, LIGHTS_PER_CHANGE tasks a transaction: each changed light is its own
   * `task.light_changed` event (consecutive seqs), but a thousand lights take a few transactions, not a
   * thousand. Someone's change since the candidates were read may have set a light already: no event.
   */
  private async refreshBoard(board: Pick<BoardView, 'id' | 'settings'>, today: string): Promise<number> {
    const { dueSoonDays } = { ...DEFAULT_BOARD_SETTINGS, ...board.settings };
    const candidates = await this.tasks.withLights(board.id);
    const stale = candidates
      .filter((task) => taskLight(task, today, dueSoonDays) !== task.light)
      .map((task) => task.id);
    let changed = 0;
    for (let start = 0; start < stale.length; start += LIGHTS_PER_CHANGE) {
      const ids = stale.slice(start, start + LIGHTS_PER_CHANGE);
      // No actor: a light change is the calendar's doing, not a person's.
      const { events } = await this.changes.applyAll(board.id, null, async (manager) => {
        const lit = await refreshLights(manager, ids, today, dueSoonDays);
        const payloads = lit.map(({ before, after }) => {
          const view = toTaskView(after);
          const changes = fieldChanges('task', toTaskView(before), view);
          return { type: 'task.light_changed' as const, data: view, changes };
        });
        return { result: null, events: payloads };
      });
      changed += events.length;
    }
    return changed;
  }
}
