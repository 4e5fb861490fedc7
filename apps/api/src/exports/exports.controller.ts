import { routes, type RouteDefinition } from '@duban/contracts';
import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { writeCsv } from './csv-export';
import { ExportQueryDto } from './dto/export-query.dto';
import { ExportsService, type TaskExport } from './exports.service';
import { writeXlsx } from './xlsx-export';

const FILTERS =
  "The table's filters: `dept` (lead or cooperating department), `status`, `kind`, `assignee`, `overdue=1`, " +
  '`q` (search); `lang` (`en` or `zh-CN`, default the caller’s saved language) for headers and words; `tz` ' +
  "(IANA time zone, default the server's) for the timestamps. Rows in board order; outsiders of a " +
  'restricted board get 404.';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Endpoint(routes.exportTasksCsv, {
    description: `${FILTERS} UTF-8 with a byte order mark; text that looks like a formula starts with an apostrophe.`,
  })
  async csv(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: ExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepare(user, boardId, query, acceptLanguage);
    await send(response, routes.exportTasksCsv, found, writeCsv, 'text/csv; charset=utf-8');
  }

  @Endpoint(routes.exportTasksXlsx, {
    description: `${FILTERS} One sheet, frozen header row with an autofilter; the deadline is a date cell, the times are date-time cells.`,
  })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: ExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepare(user, boardId, query, acceptLanguage);
    const { contentType } = routes.exportTasksXlsx.response;
    await send(response, routes.exportTasksXlsx, found, writeXlsx, contentType);
  }
}

type Writer = (rows: TaskExport['rows'], words: TaskExport['words'], output: Response) => Promise<void>;

/**
 * Headers go out only once access and the query are checked (an error stays a JSON error, not a
 * downloaded file); then the file streams. A failure mid-stream can no longer change the status: the
 * connection is cut, so the client sees a broken download rather than a truncated file taken for whole.
 */
async function send(
  response: Response,
  route: RouteDefinition,
  found: TaskExport,
  write: Writer,
  contentType: string,
): Promise<void> {
  if (route.response.kind !== 'file') throw new Error(`${route.path} is not a file route`);
  response.status(200).set({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${route.response.fileName}"`,
  });
  try {
    await write(found.rows, found.words, response);
    if (!response.writableEnded) response.end();
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
