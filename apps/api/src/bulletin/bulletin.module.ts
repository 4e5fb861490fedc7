import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { CommentsModule } from '../comments/comments.module';
import { DepartmentsModule } from '../departments/departments.module';
import { StatsModule } from '../stats/stats.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { UsersModule } from '../users/users.module';
import { BulletinController } from './bulletin.controller';
import { BulletinService } from './bulletin.service';

/** The supervision bulletin (督办通报): JSON for the page, and the workbook. */
@Module({
  imports: [BoardsModule, CommentsModule, DepartmentsModule, StatsModule, TaskQueriesModule, UsersModule],
  controllers: [BulletinController],
  providers: [BulletinService],
})
export class BulletinModule {}
