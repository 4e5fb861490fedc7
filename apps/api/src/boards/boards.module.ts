import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentsModule } from '../departments/departments.module';
import { TaskEntity } from '../tasks/task.entity';
import { BoardChangeService } from './board-change.service';
import { BoardEventBus } from './board-event-bus';
import { BoardEventEntity } from './board-event.entity';
import { BoardEntity } from './board.entity';
import { BoardsController } from './boards.controller';
import { BoardsService } from './boards.service';

@Module({
  imports: [TypeOrmModule.forFeature([BoardEntity, BoardEventEntity, TaskEntity]), DepartmentsModule],
  controllers: [BoardsController],
  providers: [BoardsService, BoardChangeService, BoardEventBus],
  exports: [BoardsService, BoardChangeService, BoardEventBus],
})
export class BoardsModule {}
