import type { NotificationList, NotificationsReadAllResult, NotificationView } from '@duban/contracts';
import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

  @Get()
  @ApiOperation({
    summary: "The signed-in user's notifications, newest first, with how many are unread in all",
    description:
      "Only the user's own: reminders (催办) to their department, escalations to them as responsible leader, " +
      'and @mentions in comments. At most `limit` items (default 50); `unread` counts all unread ones. New ' +
      'notifications also arrive live as the `notification` socket event.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationList> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({
    summary: "Mark all the signed-in user's unread notifications read",
    description: '`marked` is how many were unread.',
  })
  markAllRead(@CurrentUser() user: AuthUser): Promise<NotificationsReadAllResult> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: "Mark one of the signed-in user's notifications read",
    description: 'Marking it again changes nothing and answers the notification as it is.',
  })
  @ApiOkResponse({ description: 'The notification, with its `readAt`.' })
  @ApiNotFoundResponse({ description: "No such notification, or it is someone else's." })
  markRead(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }
}
