import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import { NotificationBroadcaster } from './notification-broadcaster';
import { PresenceService } from './presence.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [BoardsModule, NotificationsModule],
  providers: [RealtimeGateway, PresenceService, BoardEventBroadcaster, NotificationBroadcaster],
})
export class RealtimeModule {}
