import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { DepartmentsModule } from '../departments/departments.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { BoardSettingsChanges } from './board-settings-changes';
import { BoardEntity } from './board.entity';
import { BoardsController } from './boards.controller';
import { BoardsService } from './boards.service';

@Module({
  imports: [TypeOrmModule.forFeature([BoardEntity]), BoardEventsModule, DepartmentsModule, TaskQueriesModule],
  controllers: [BoardsController],
  providers: [BoardsService, BoardSettingsChanges],
  exports: [BoardsService, BoardSettingsChanges],
})
export class BoardsModule {}
