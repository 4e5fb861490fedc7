import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { InstructionNotifier } from './instruction-notifier';
import { MentionNotifier } from './mention-notifier';
import { NotificationBus } from './notification-bus';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), UsersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationBus, MentionNotifier, InstructionNotifier],
  exports: [NotificationsService, NotificationBus, MentionNotifier, InstructionNotifier],
})
export class NotificationsModule {}
