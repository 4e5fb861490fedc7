import type { BoardHistoryPage } from '@duban/contracts';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { BoardHistoryService } from './board-history.service';
import { BoardHistoryExportQueryDto, BoardHistoryQueryDto } from './dto/board-history-query.dto';

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

  @Get('export')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: "The board's history as CSV (留痕台账), oldest first",
    description:
      'Every event matching the same filters as the history (`actorId`, `taskId`, `types`, `from`, `to`), one ' +
      'row per changed field: seq, time, actor (name, or System), event type, task id and title, record, ' +
      'field, before, after, with user and department ids as names. UTF-8 with a byte order mark.',
  })
  async exportCsv(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BoardHistoryExportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const csv = await this.history.exportCsv(user, boardId, query);
    // Set only once the file exists: an error stays a JSON error, not a downloaded file.
    response.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="board-history.csv"',
    });
    return csv;
  }
}
