import type { ReminderView } from '@duban/contracts';
import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateReminderDto } from './dto/reminder.dto';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('tasks/:taskId/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  /** The task's reminders, oldest first: the supervisors' and the automatic ones. */
  @Get()
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<ReminderView[]> {
    return this.reminders.list(user, taskId);
  }

  /** 催办: remind the lead department; its members are notified. */
  @Post()
  send(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateReminderDto,
  ): Promise<ReminderView> {
    return this.reminders.send(user, taskId, body);
  }
}
