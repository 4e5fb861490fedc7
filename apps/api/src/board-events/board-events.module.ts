import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardChangeService } from './board-change.service';
import { BoardEventBus } from './board-event-bus';
import { BoardEventEntity } from './board-event.entity';
import { BoardEventsService } from './board-events.service';

/**
 * The boards' append-only event log: the one way to change a board (BoardChangeService), the bus that hands
 * committed events on, and the reads of the log (BoardEventsService). Depends on no domain module: boards/,
 * tasks/, comments/… write through it, audit/ and realtime/ read through it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([BoardEventEntity])],
  providers: [BoardChangeService, BoardEventBus, BoardEventsService],
  exports: [BoardChangeService, BoardEventBus, BoardEventsService],
})
export class BoardEventsModule {}
