import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { ReportsModule } from '../reports/reports.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { UsersModule } from '../users/users.module';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';
import { TrendController } from './trend.controller';
import { TrendService } from './trend.service';

@Module({
  imports: [BoardsModule, DepartmentsModule, ReportsModule, TaskQueriesModule, UsersModule],
  controllers: [StatsController, TrendController],
  providers: [StatsService, TrendService],
  exports: [StatsService, TrendService],
})
export class StatsModule {}
