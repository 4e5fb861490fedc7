import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventEntity } from '../boards/board-event.entity';
import { BoardsModule } from '../boards/boards.module';
import { AuditController } from './audit.controller';
import { BoardHistoryController } from './board-history.controller';
import { BoardHistoryService } from './board-history.service';
import { AuditService } from './audit.service';

/** Reads the boards' event logs: their history, and whether their hash chains are intact. */
@Module({
  imports: [TypeOrmModule.forFeature([BoardEventEntity]), BoardsModule],
  controllers: [AuditController, BoardHistoryController],
  providers: [AuditService, BoardHistoryService],
})
export class AuditModule {}
