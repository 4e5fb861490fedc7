import type { BoardHistoryPage } from '@duban/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { BoardHistoryService } from './board-history.service';
import { BoardHistoryQueryDto } from './dto/board-history-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('boards/:boardId/history')
export class BoardHistoryController {
  constructor(private readonly history: BoardHistoryService) {}

  @Get()
  @ApiOperation({
    summary: "The board's history (操作记录), newest first",
    description:
      'Every change, transition, report, reminder and comment with its actor (null: the system), time and ' +
      'field-level before/after (`changes`). Filter by `actorId` (a user id, or `system`), `taskId`, `types` ' +
      '(comma-separated event types), `from`/`to` (ISO instants, `to` exclusive); page back with `before` = ' +
      "the previous page's `nextBefore`.",
  })
  page(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BoardHistoryQueryDto,
  ): Promise<BoardHistoryPage> {
    return this.history.page(user, boardId, query);
  }
}
