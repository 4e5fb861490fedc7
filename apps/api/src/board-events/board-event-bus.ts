import type { BoardEvent } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { Subject, type Observable } from 'rxjs';

/**
 * Hands committed board events from the domain services to the realtime layer. Only events whose
 * transaction has committed are ever published here.
 */
@Injectable()
export class BoardEventBus {
  private readonly subject = new Subject<BoardEvent>();

  get committed$(): Observable<BoardEvent> {
    return this.subject.asObservable();
  }

  publish(event: BoardEvent): void {
    this.subject.next(event);
  }
}
