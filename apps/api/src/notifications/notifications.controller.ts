import {
  routes,
  type NotificationList,
  type NotificationsReadAllResult,
  type NotificationView,
} from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { NotificationsQueryDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in user's own notification centre. */
@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Endpoint(routes.listNotifications, {
    description:
      "Only the user's own: reminders (催办) to their department, escalations to them as responsible leader, " +
      'and @mentions in comments. At most `limit` items (default 50); `unread` counts all unread ones. New ' +
      'notifications also arrive live as the `notification` socket event.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationsQueryDto): Promise<NotificationList> {
    return this.notifications.list(user, query);
  }

  @Endpoint(routes.markAllNotificationsRead, { description: '`marked` is how many were unread.' })
  markAllRead(@CurrentUser() user: AuthUser): Promise<NotificationsReadAllResult> {
    return this.notifications.markAllRead(user);
  }

  @Endpoint(routes.markNotificationRead, {
    description: 'Marking it again changes nothing and answers the notification as it is.',
  })
  @ApiOkResponse({ description: 'The notification, with its `readAt`.' })
  @ApiNotFoundResponse({ description: "No such notification, or it is someone else's." })
  markRead(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<NotificationView> {
    return this.notifications.markRead(user, id);
  }
}
