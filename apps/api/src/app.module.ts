import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AdminAuditModule } from './admin-audit/admin-audit.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BoardsModule } from './boards/boards.module';
import { BulletinModule } from './bulletin/bulletin.module';
import { CommentsModule } from './comments/comments.module';
import { ApiExceptionFilter } from './common/api-exception.filter';
import { CommonModule } from './common/common.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import type { DatabaseConnection } from './database/typeorm-options';
import { BootstrapService } from './demo/bootstrap.service';
import { DepartmentDeletionModule } from './departments/department-deletion.module';
import { DepartmentsModule } from './departments/departments.module';
import { ExportsModule } from './exports/exports.module';
import { HealthController } from './health/health.controller';
import { SetupController } from './health/setup.controller';
import { MinutesModule } from './minutes/minutes.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportsModule } from './reports/reports.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';
import { WaitingModule } from './waiting/waiting.module';

@Global()
@Module({})
class ConfigModule {
  static of(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.of(config),
        CommonModule,
        DatabaseModule.forConnection(database),
        AuthModule,
        DepartmentsModule,
        UsersModule,
        BoardsModule,
        TasksModule,
        MinutesModule,
        CommentsModule,
        AttachmentsModule,
        ReportsModule,
        RemindersModule,
        WaitingModule,
        NotificationsModule,
        RealtimeModule,
        SchedulerModule,
        AuditModule,
        AdminAuditModule,
        DepartmentDeletionModule,
        StatsModule,
        ExportsModule,
        BulletinModule,
      ],
      controllers: [HealthController, SetupController],
      providers: [
        BootstrapService,
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
