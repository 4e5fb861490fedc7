import { routes, type WaitingForMe } from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { WaitingQueryDto } from './waiting.dto';
import { WaitingService } from './waiting.service';

@ApiTags('stats')
@Controller()
export class WaitingController {
  constructor(private readonly waiting: WaitingService) {}

  @Endpoint(routes.meWaiting, {
    description:
      'The tasks that wait for the caller (待我处理), over the boards in use they may see (restricted boards ' +
      'they may not see and archived boards left out), as named sections `{key, total, items}` (at most ' +
      `20 items each; \`total\` counts them all). A leader: \`overdue\` (they are the responsible leader; ` +
      'days past the deadline, most first) and `escalated` (a leader-level reminder reached them since the ' +
      'deadline passed and the task is not closed; days since, oldest first). A supervisor or an ' +
      'administrator: `awaitingVerification` (days since submitted, oldest first) and `longestUnsigned` (days ' +
      "since handed over, longest first). A member, their department's: `unsigned`, `returned` and " +
      '`reportsMissing` (no progress report this reporting period). `tz` (an IANA zone; the server’s by ' +
      'default) says where days are read.',
  })
  mine(@CurrentUser() user: AuthUser, @Query() query: WaitingQueryDto): Promise<WaitingForMe> {
    return this.waiting.forUser(user, query);
  }
}
