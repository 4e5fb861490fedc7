import { EXPORT_ROWS_HEADER, routes, type RouteDefinition } from '@duban/contracts';
import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { writeCsv } from './csv-export';
import { AllBoardsExportQueryDto, ExportQueryDto } from './dto/export-query.dto';
import { ExportsService, type TaskExport } from './exports.service';
import { writeXlsx } from './xlsx-export';

const FILTERS =
  "The table's filters: `dept` (lead or cooperating department), `status`, `kind`, `assignee`, `overdue=1`, " +
  '`q` (search); `lang` (`en` or `zh-CN`, default the caller’s saved language) for headers and words; `tz` ' +
  "(IANA time zone, default the server's) for the timestamps. Rows in board order. The header " +
  `${EXPORT_ROWS_HEADER} says how many rows matched when the export began (for a progress figure).`;
const ONE_BOARD = 'Outsiders of a restricted board get 404.';
const ALL_BOARDS =
  'Every board the caller may see, in the boards list order; `archived` (`exclude` by default, `include`, ' +
  '`only`) as in the boards list; `boardIds` (a comma list, or repeated) narrows to those boards: an id of a ' +
  'board the caller may not see is left out, as /api/stats leaves it out (400 naming boardIds for an id ' +
  'that is not one).';

@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Endpoint(routes.exportTasksCsv, {
    description: `${FILTERS} ${ONE_BOARD} UTF-8 with a byte order mark; text that looks like a formula starts with an apostrophe.`,
  })
  async csv(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: ExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepare(user, boardId, query, acceptLanguage);
    await send(response, routes.exportTasksCsv, found, writeCsv, CSV);
  }

  @Endpoint(routes.exportTasksXlsx, {
    description: `${FILTERS} ${ONE_BOARD} One sheet, frozen header row with an autofilter; the deadline is a date cell, the times are date-time cells.`,
  })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: ExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepare(user, boardId, query, acceptLanguage);
    await send(response, routes.exportTasksXlsx, found, writeXlsx, XLSX);
  }

  @Endpoint(routes.exportAllTasksCsv, {
    description: `${FILTERS} ${ALL_BOARDS} One file, each row led by its board's title (Board / 督办台账); UTF-8 with a byte order mark, formulas neutralised.`,
  })
  async allCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: AllBoardsExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepareAll(user, query, acceptLanguage);
    await send(response, routes.exportAllTasksCsv, found, writeCsv, CSV);
  }

  @Endpoint(routes.exportAllTasksXlsx, {
    description: `${FILTERS} ${ALL_BOARDS} One sheet per board, named after its title as Excel allows (31 characters, no []:*?/\\, repeats numbered " (2)"); no other sheet (one empty sheet when there is no board).`,
  })
  async allXlsx(
    @CurrentUser() user: AuthUser,
    @Query() query: AllBoardsExportQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.exports.prepareAll(user, query, acceptLanguage);
    await send(response, routes.exportAllTasksXlsx, found, writeXlsx, XLSX);
  }
}

const CSV = 'text/csv; charset=utf-8';
const XLSX = routes.exportTasksXlsx.response.contentType;

type Writer = (found: TaskExport, output: Response) => Promise<void>;

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
    [EXPORT_ROWS_HEADER]: String(found.rowCount),
  });
  try {
    await write(found, response);
    if (!response.writableEnded) response.end();
  } catch (error) {
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
