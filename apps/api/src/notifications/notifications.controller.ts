import type { NotificationList, NotificationsReadAllResult, NotificationView } from '@duban/contracts';
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { NotificationsQueryDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in user's own notification centre. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, with how many are unread in all. */
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationList> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthUser): Promise<NotificationsReadAllResult> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }
}
