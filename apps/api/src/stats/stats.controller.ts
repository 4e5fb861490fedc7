import { routes, type TaskStats } from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { StatsQueryDto } from './dto/stats.dto';
import { StatsService } from './stats.service';

const FIGURES =
  'Per lead department: led, done, in progress, awaiting sign-off (and the longest wait in days), in review, ' +
  'overdue (and the furthest past its deadline), due soon (the board’s due-soon days), returned (every ' +
  'return), on-time rate (closed on or before the deadline ÷ closed with a deadline), sign-off rate, ' +
  'progress reports missing this period; cooperating departments counted apart (`cooperating`). The ' +
  "table's filters narrow the tasks (`dept`, `status`, `kind`, `assignee`, `overdue`, `q` over titles, " +
  "descriptions, departments' and people's names). `tz` (an IANA zone such as Asia/Shanghai; the " +
  "server's by default) says where days are read: today, the day a task was closed or handed over.";

@ApiTags('stats')
@Controller()
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Endpoint(routes.boardStats, {
    description: `${FIGURES} Archived boards keep their figures here. 404 for a board the user may not see.`,
  })
  board(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: StatsQueryDto,
  ): Promise<TaskStats> {
    return this.stats.forBoard(user, boardId, query);
  }

  @Endpoint(routes.stats, {
    description:
      `${FIGURES} Over every board in use the user may see (restricted boards they may not see and ` +
      'archived boards are not counted); `boards` gives each board’s totals.',
  })
  all(@CurrentUser() user: AuthUser, @Query() query: StatsQueryDto): Promise<TaskStats> {
    return this.stats.forAll(user, query);
  }
}
