import { routes, type Bulletin, type UiLanguage } from '@duban/contracts';
import { Controller, Headers, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { UsersService } from '../users/users.service';
import { BULLETIN_WORDS } from './bulletin-words';
import { writeBulletinXlsx } from './bulletin-xlsx';
import { BulletinService } from './bulletin.service';
import { BulletinQueryDto } from './dto/bulletin-query.dto';

const PERIOD =
  '`from` and `to` are calendar days (YYYY-MM-DD, both included, at most 366 days; default this month, ' +
  "its first to its last day) read in `tz` (an IANA zone; the server's by default): a task closed at " +
  '23:30 in Shanghai on the last day counts in Asia/Shanghai, not in UTC. The figures, ranking and ' +
  'overdue tasks are as of `asOf` (the stats count tasks as they are now); `atPeriodEnd` is the board at ' +
  'the end of the last day (or of today), replayed from the event log; closed tasks, new tasks and ' +
  'instructions are those of the period. 404 for a board the user may not see; 400 naming `from`/`to` ' +
  'when a date is not a real day, `to` comes before `from`, or the period is over a year.';

@ApiTags('bulletin')
@Controller()
export class BulletinController {
  constructor(
    private readonly bulletins: BulletinService,
    private readonly users: UsersService,
  ) {}

  @Endpoint(routes.boardBulletin, { description: PERIOD })
  bulletin(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BulletinQueryDto,
  ): Promise<Bulletin> {
    return this.bulletins.forBoard(user, boardId, query);
  }

  @Endpoint(routes.boardBulletinXlsx, {
    description:
      `${PERIOD} Sheets: summary, departments with their ranking, overdue, closed in the period, ` +
      'instructions; `lang` (`en` or `zh-CN`, default the caller’s saved language) for the headers; dates ' +
      'as date cells, times in `tz`.',
  })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BulletinQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    // Access and the query are checked before any header goes out: an error stays a JSON error.
    const bulletin = await this.bulletins.forBoard(user, boardId, query);
    const saved = query.lang ? null : (await this.users.currentUser(user.id)).preferences.language;
    const language: UiLanguage = query.lang ?? saved ?? fromAcceptLanguage(acceptLanguage);
    const { response: file } = routes.boardBulletinXlsx;
    response.status(200).set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    });
    try {
      await writeBulletinXlsx(bulletin, BULLETIN_WORDS[language], response);
      if (!response.writableEnded) response.end();
    } catch (error) {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/** Without a saved preference: Chinese when the browser asks for it first, else English. */
function fromAcceptLanguage(header: string | undefined): UiLanguage {
  return header?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
