import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { UsersModule } from '../users/users.module';
import { TaskEntity } from './task.entity';
import { TasksController } from './tasks.controller';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksService } from './tasks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([TaskEntity]),
    BoardEventsModule,
    BoardsModule,
    DepartmentsModule,
    UsersModule,
  ],
  controllers: [TasksController],
  providers: [TasksService, TaskWorkflowService],
  exports: [TasksService],
})
export class TasksModule {}
