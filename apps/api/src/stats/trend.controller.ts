import { routes, type TaskTrend } from '@duban/contracts';
import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { TrendQueryDto } from './dto/trend.dto';
import { TrendService } from './trend.service';

const TREND =
  'For each day from `from` to `to` (both included, YYYY-MM-DD in `tz`; by default the last 30 days to ' +
  'today, at most 400 days), the tasks as they stood at the end of that day, replayed from the event log: ' +
  '`due` (deadline on or before the day, closed ones too), `closed` (done), `overdue` (open, deadline ' +
  'before the day), `open`. Deleted tasks leave; reopened ones come back; a deadline change counts from the ' +
  "day it was made. The table's filters (`dept`, `status`, `kind`, `assignee`, `overdue`, `q`) are applied " +
  "to each day's state of a task. 400 naming `from` for a reversed or too long range.";

@ApiTags('stats')
@Controller()
export class TrendController {
  constructor(private readonly trend: TrendService) {}

  @Endpoint(routes.boardStatsTrend, {
    description: `${TREND} 404 for a board the user may not see.`,
  })
  board(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: TrendQueryDto,
  ): Promise<TaskTrend> {
    return this.trend.forBoard(user, boardId, query);
  }

  @Endpoint(routes.statsTrend, {
    description: `${TREND} Summed over every board in use the user may see (as \`GET /api/stats\`).`,
  })
  all(@CurrentUser() user: AuthUser, @Query() query: TrendQueryDto): Promise<TaskTrend> {
    return this.trend.forAll(user, query);
  }
}
