import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAuditEntryEntity } from './admin-audit-entry.entity';
import { AdminAuditController } from './admin-audit.controller';
import { AdminAuditService } from './admin-audit.service';

/** The administration log: written by departments/ and users/, read on the administration screen. */
@Module({
  imports: [TypeOrmModule.forFeature([AdminAuditEntryEntity])],
  controllers: [AdminAuditController],
  providers: [AdminAuditService],
  exports: [AdminAuditService],
})
export class AdminAuditModule {}
