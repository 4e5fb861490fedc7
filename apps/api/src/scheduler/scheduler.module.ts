import { Module } from '@nestjs/common';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { RemindersModule } from '../reminders/reminders.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { LightsService } from './lights.service';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [BoardEventsModule, BoardsModule, RemindersModule, TaskQueriesModule],
  providers: [LightsService, SchedulerService],
  exports: [SchedulerService, LightsService],
})
export class SchedulerModule {}
