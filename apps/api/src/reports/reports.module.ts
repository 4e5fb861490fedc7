import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { TasksModule } from '../tasks/tasks.module';
import { ProgressReportEntity } from './progress-report.entity';
import { ReportingService } from './reporting.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProgressReportEntity]),
    BoardEventsModule,
    BoardsModule,
    TasksModule,
    TaskQueriesModule,
  ],
  controllers: [ReportsController],
  providers: [ReportsService, ReportingService],
  /** ReportingService: reports missing per period; ReportsService: who wrote a report (files attached to it). */
  exports: [ReportingService, ReportsService],
})
export class ReportsModule {}
