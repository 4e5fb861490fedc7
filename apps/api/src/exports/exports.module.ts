import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { UsersModule } from '../users/users.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** The task list as CSV and XLSX (督办台账导出), with the table's filters. */
@Module({
  imports: [BoardsModule, DepartmentsModule, TaskQueriesModule, UsersModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
