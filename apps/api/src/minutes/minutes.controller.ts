import {
  routes,
  type ImportMinutesResult,
  type MinutesPreview,
  type MinutesSummary,
  type MinutesView,
} from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { ImportMinutesDto, MinutesPreviewDto } from './dto/minutes.dto';
import { MinutesPreviewService } from './minutes-preview.service';
import { MinutesService } from './minutes.service';

const BOARD_NOT_VISIBLE = '404 when the board does not exist or the user may not see it.';

@ApiTags('minutes')
@Controller()
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly previews: MinutesPreviewService,
  ) {}

  @Endpoint(routes.previewMinutes, {
    description:
      'Supervisors and administrators (403 otherwise). Creates nothing. Each draft: a title, the decision ' +
      'as its description, a deadline the text names (in the year the minutes are dated, else this year), ' +
      'the lead and cooperating departments whose keywords it matches, the words that matched, and its ' +
      'span in `text` (UTF-16 offsets). No drafts: `reason` says why (`empty`, `no_decisions`). With ' +
      `\`boardId\`: ${BOARD_NOT_VISIBLE}`,
  })
  preview(@CurrentUser() user: AuthUser, @Body() body: MinutesPreviewDto): Promise<MinutesPreview> {
    return this.previews.preview(user, body);
  }

  @Endpoint(routes.importMinutes, {
    description:
      'Supervisors and administrators (403 otherwise); refused on an archived board (403 board_archived). ' +
      'Keeps the minutes (title: the first line unless given) and creates one task per draft, in order, ' +
      'each with its `decisionSource`, one `task.created` event each, all in one transaction: a draft ' +
      'that would be refused creates nothing, and the 400 names it as `drafts.<index>.<field>`. ' +
      BOARD_NOT_VISIBLE,
  })
  import(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Body() body: ImportMinutesDto,
  ): Promise<ImportMinutesResult> {
    return this.minutes.import(user, boardId, body);
  }

  @Endpoint(routes.listBoardMinutes, {
    description: `Anyone who may see the board; \`taskCount\`: the tasks made from them that exist. ${BOARD_NOT_VISIBLE}`,
  })
  list(@CurrentUser() user: AuthUser, @UuidParam('boardId') boardId: string): Promise<MinutesSummary[]> {
    return this.minutes.list(user, boardId);
  }

  @Endpoint(routes.getMinutes, {
    description:
      'Anyone who may see the board. The tasks made from the minutes as they are now, in the order of ' +
      'their decisions in the text. 404 when the minutes do not exist or are on a board the user may not see.',
  })
  get(@CurrentUser() user: AuthUser, @UuidParam('minutesId') minutesId: string): Promise<MinutesView> {
    return this.minutes.get(user, minutesId);
  }
}
