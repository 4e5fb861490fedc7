import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { RemindersModule } from '../reminders/reminders.module';
import { LightsService } from './lights.service';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [BoardsModule, RemindersModule],
  providers: [LightsService, SchedulerService],
  exports: [SchedulerService, LightsService],
})
export class SchedulerModule {}
