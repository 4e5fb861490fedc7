import { routes, type BoardHistoryPage } from '@duban/contracts';
import { Controller, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { BoardHistoryService } from './board-history.service';
import { BoardHistoryExportQueryDto, BoardHistoryQueryDto } from './dto/board-history-query.dto';

@ApiTags('audit')
@Controller()
export class BoardHistoryController {
  constructor(private readonly history: BoardHistoryService) {}

  @Endpoint(routes.boardHistory, {
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

  @Endpoint(routes.exportBoardHistory, {
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
    const { contentType, fileName } = routes.exportBoardHistory.response;
    response.set({
      'Content-Type': `${contentType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${fileName}"`,
    });
    return csv;
  }
}
