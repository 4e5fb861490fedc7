import { Module } from '@nestjs/common';
import { BoardEventsModule } from '../board-events/board-events.module';
import { BoardsModule } from '../boards/boards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TasksModule } from '../tasks/tasks.module';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import { BoardRooms } from './board-rooms.service';
import { DashboardWatchers } from './dashboard-watchers';
import { NotificationBroadcaster } from './notification-broadcaster';
import { PresenceBroadcaster } from './presence-broadcaster';
import { PresenceService } from './presence.service';
import { RealtimeGateway } from './realtime.gateway';
import { SocketRateLimiter } from './socket-rate-limiter';
import { SocketSessions } from './socket-sessions.service';

@Module({
  imports: [BoardEventsModule, BoardsModule, TasksModule, NotificationsModule],
  providers: [
    RealtimeGateway,
    SocketSessions,
    BoardRooms,
    SocketRateLimiter,
    PresenceService,
    PresenceBroadcaster,
    BoardEventBroadcaster,
    NotificationBroadcaster,
    DashboardWatchers,
  ],
})
export class RealtimeModule {}
