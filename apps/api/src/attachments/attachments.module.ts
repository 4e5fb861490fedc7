import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { CommentsModule } from '../comments/comments.module';
import { ReportsModule } from '../reports/reports.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { TasksModule } from '../tasks/tasks.module';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentChunkEntity, AttachmentEntity } from './attachment.entity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { PostgresAttachmentStorage } from './postgres-attachment-storage';

@Module({
  imports: [
    TypeOrmModule.forFeature([AttachmentEntity, AttachmentChunkEntity]),
    BoardEventsModule,
    BoardsModule,
    TasksModule,
    TaskQueriesModule,
    CommentsModule,
    ReportsModule,
  ],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, { provide: AttachmentStorage, useClass: PostgresAttachmentStorage }],
  /** AttachmentsService: the stored files of a board and their hashes (audit verification). */
  exports: [AttachmentsService],
})
export class AttachmentsModule implements OnApplicationBootstrap {
  constructor(private readonly attachments: AttachmentsService) {}

  /** Uploads a crash cut off long ago leave no rows or bytes behind. */
  async onApplicationBootstrap(): Promise<void> {
    await this.attachments.sweepAbandonedUploads();
  }
}
