import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import { CommentEntity } from './comment.entity';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { InstructionsController } from './instructions.controller';
import { InstructionsService } from './instructions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([CommentEntity]),
    BoardEventsModule,
    BoardsModule,
    TasksModule,
    TaskQueriesModule,
    NotificationsModule,
    DepartmentsModule,
    UsersModule,
  ],
  controllers: [CommentsController, InstructionsController],
  providers: [CommentsService, InstructionsService],
  /**
   * InstructionsService: leader instructions across boards (the dashboard, the bulletin); CommentsService:
   * who wrote a comment (files attached to it).
   */
  exports: [InstructionsService, CommentsService],
})
export class CommentsModule {}
