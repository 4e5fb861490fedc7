import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { DepartmentsModule } from '../departments/departments.module';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import { AuditController } from './audit.controller';
import { BoardHistoryController } from './board-history.controller';
import { BoardHistoryService } from './board-history.service';
import { AuditService } from './audit.service';

/** Reads the boards' event logs: their history, and whether their hash chains (and files) are intact. */
@Module({
  imports: [AttachmentsModule, BoardEventsModule, BoardsModule, DepartmentsModule, TasksModule, UsersModule],
  controllers: [AuditController, BoardHistoryController],
  providers: [AuditService, BoardHistoryService],
})
export class AuditModule {}
