import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { CommentsModule } from '../comments/comments.module';
import { DepartmentsModule } from '../departments/departments.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ReportsModule } from '../reports/reports.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { WaitingController } from './waiting.controller';
import { WaitingService } from './waiting.service';

/** "Waiting for me" (待我处理) on the dashboard. */
@Module({
  imports: [
    BoardsModule,
    CommentsModule,
    DepartmentsModule,
    RemindersModule,
    ReportsModule,
    TaskQueriesModule,
  ],
  controllers: [WaitingController],
  providers: [WaitingService],
})
export class WaitingModule {}
