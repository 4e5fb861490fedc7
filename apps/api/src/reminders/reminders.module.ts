import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TaskQueriesModule } from '../tasks/task-queries.module';
import { TasksModule } from '../tasks/tasks.module';
import { UsersModule } from '../users/users.module';
import { EscalationService } from './escalation.service';
import { LeaderEscalations } from './leader-escalations';
import { ReminderEntity } from './reminder.entity';
import { ReminderWriter } from './reminder-writer';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderEntity]),
    BoardEventsModule,
    BoardsModule,
    TasksModule,
    TaskQueriesModule,
    UsersModule,
    NotificationsModule,
  ],
  controllers: [RemindersController],
  providers: [RemindersService, ReminderWriter, EscalationService, LeaderEscalations],
  exports: [EscalationService, LeaderEscalations],
})
export class RemindersModule {}
