import { routes, type ReminderView } from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiCreatedResponse, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateReminderDto } from './dto/reminder.dto';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@Controller()
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Endpoint(routes.listReminders, {
    description:
      'Automatic reminders (`fromUserId` null) follow an overdue task: first to the lead department ' +
      "(`level` `department`), then, the board's `escalationDays` later, escalated to the responsible " +
      'leader (`level` `leader`). ' +
      '404 when the task does not exist or is on a board the user may not see.',
  })
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<ReminderView[]> {
    return this.reminders.list(user, taskId);
  }

  @Endpoint(routes.sendReminder, {
    description:
      'Supervisors and administrators send a `message` about an open task that has a lead department. ' +
      'Every member of that department who may see the board gets a `reminder` notification (also live on ' +
      'their socket), and the reminder is recorded on the task and in the board history. 404 when the ' +
      'task does not exist or is on a board the user may not see.',
  })
  @ApiCreatedResponse({ description: 'The reminder as recorded on the task.' })
  @ApiForbiddenResponse({
    description:
      'The user is not a supervisor or administrator, the task has no lead department, or it is done. The ' +
      'message says which.',
  })
  send(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateReminderDto,
  ): Promise<ReminderView> {
    return this.reminders.send(user, taskId, body);
  }
}
