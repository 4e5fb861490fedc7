import type { BoardSettings } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/** A committed change to a board's settings: which settings changed, and all of them as they are now. */
export interface BoardSettingsChanged {
  boardId: string;
  /** The names of the settings that changed, e.g. `dueSoonDays`. */
  changed: (keyof BoardSettings)[];
  settings: BoardSettings;
}

/**
 * Announces committed changes to boards' settings to whoever derives state from them (the scheduler
 * recomputes the tasks' lights when the due-soon days change). An event, not a call: the scheduler
 * depends on boards/, so boards/ cannot depend on the scheduler.
 */
@Injectable()
export class BoardSettingsChanges {
  private readonly subject = new Subject<BoardSettingsChanged>();

  get changed$(): Observable<BoardSettingsChanged> {
    return this.subject.asObservable();
  }

  announce(change: BoardSettingsChanged): void {
    this.subject.next(change);
  }
}
