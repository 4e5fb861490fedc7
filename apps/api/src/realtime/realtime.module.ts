import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { BoardEventBroadcaster } from './board-event-broadcaster';
import { PresenceService } from './presence.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [BoardsModule],
  providers: [RealtimeGateway, PresenceService, BoardEventBroadcaster],
})
export class RealtimeModule {}
