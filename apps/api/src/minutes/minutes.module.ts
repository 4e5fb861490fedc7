import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { TasksModule } from '../tasks/tasks.module';
import { MinutesEntity } from './minutes.entity';
import { MinutesController } from './minutes.controller';
import { MinutesPreviewService } from './minutes-preview.service';
import { MinutesService } from './minutes.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([MinutesEntity]),
    BoardEventsModule,
    BoardsModule,
    DepartmentsModule,
    TasksModule,
    TaskQueriesModule,
  ],
  controllers: [MinutesController],
  providers: [MinutesService, MinutesPreviewService],
})
export class MinutesModule {}
