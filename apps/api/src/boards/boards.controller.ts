import {
  routes,
  type BoardEventsPage,
  type BoardSnapshot,
  type BoardSummary,
  type BoardView,
} from '@duban/contracts';
import { Body, Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { BoardEventsService } from '../board-events/board-events.service';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { BoardsService } from './boards.service';
import { BoardEventsQueryDto, CreateBoardDto, ListBoardsQueryDto, UpdateBoardDto } from './dto/board.dto';

@ApiTags('boards')
@Controller()
export class BoardsController {
  constructor(
    private readonly boards: BoardsService,
    private readonly boardEvents: BoardEventsService,
  ) {}

  @Endpoint(routes.listBoards, {
    description:
      'A board limited to some departments is visible to their members and to every administrator, ' +
      'supervisor and leader; a board with no departments is visible to everyone. `counts` gives the ' +
      'total, done and overdue tasks. `q` keeps the boards whose title contains it (any case); archived ' +
      'boards are left out unless `archived` is `include` (all) or `only`.',
  })
  list(@CurrentUser() user: AuthUser, @Query() query: ListBoardsQueryDto): Promise<BoardSummary[]> {
    return this.boards.list(user, query);
  }

  @Endpoint(routes.createBoard, {
    description:
      'Supervisors and administrators only (403 otherwise). `source` holds the meeting minutes the tasks ' +
      'come from; `departmentIds` limits who may see the board (empty: everyone).',
  })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateBoardDto): Promise<BoardView> {
    return this.boards.create(user, body);
  }

  @Endpoint(routes.getBoard, {
    description:
      'Read in one transaction, so `seq` is exactly the last event the tasks reflect: catch up from it ' +
      'with `GET /api/boards/{boardId}/events?after=seq` or by joining the board on the socket. 404 for ' +
      'a board the user may not see.',
  })
  snapshot(@CurrentUser() user: AuthUser, @UuidParam('boardId') boardId: string): Promise<BoardSnapshot> {
    return this.boards.snapshot(user, boardId);
  }

  @Endpoint(routes.updateBoard, {
    description:
      'Supervisors and administrators only (403 otherwise); `settings` are merged into the current ones. ' +
      '`archived: true` archives the board (read-only: every write to it, its tasks, comments, reports and ' +
      'reminders is refused with 403 `board_archived`), `archived: false` restores it, the one change an ' +
      'archived board accepts. 404 for a board the user may not see.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Body() body: UpdateBoardDto,
  ): Promise<BoardView> {
    return this.boards.update(user, boardId, body);
  }

  @Endpoint(routes.boardEvents, {
    description:
      'Every change to a board is an event with a gapless `seq`. Pass the last seq the client has seen as ' +
      '`after` (default 0: from the start) to get up to `limit` (default 100, at most 1000) later events, ' +
      "and the board's latest `seq`; while the last event's seq is below it, ask again from there. 404 " +
      'for a board the user may not see.',
  })
  async events(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BoardEventsQueryDto,
  ): Promise<BoardEventsPage> {
    const board = await this.boards.getVisible(user, boardId);
    return this.boardEvents.eventsPage(board, query);
  }
}
