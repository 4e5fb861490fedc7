import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { MentionNotifier } from './mention-notifier';
import { NotificationBus } from './notification-bus';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), UsersModule],
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationBus, MentionNotifier],
  exports: [NotificationsService, NotificationBus, MentionNotifier],
})
export class NotificationsModule {}
