import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventEntity } from '../boards/board-event.entity';
import { BoardsModule } from '../boards/boards.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Verifies the boards' tamper-evident event logs (the chain itself is written by board changes). */
@Module({
  imports: [TypeOrmModule.forFeature([BoardEventEntity]), BoardsModule],
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
