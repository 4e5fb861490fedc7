import type { BoardEventsPage, BoardSnapshot, BoardSummary, BoardView } from '@duban/contracts';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { BoardsService } from './boards.service';
import { BoardEventsQueryDto, CreateBoardDto, UpdateBoardDto } from './dto/board.dto';

@ApiTags('boards')
@ApiBearerAuth()
@Controller('boards')
export class BoardsController {
  constructor(private readonly boards: BoardsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser): Promise<BoardSummary[]> {
    return this.boards.list(user);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateBoardDto): Promise<BoardView> {
    return this.boards.create(user, body);
  }

  @Get(':boardId')
  snapshot(@CurrentUser() user: AuthUser, @UuidParam('boardId') boardId: string): Promise<BoardSnapshot> {
    return this.boards.snapshot(user, boardId);
  }

  /** Title, visibility and supervision settings (due-soon days, reporting cadence, escalation). */
  @Patch(':boardId')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Body() body: UpdateBoardDto,
  ): Promise<BoardView> {
    return this.boards.update(user, boardId, body);
  }

  @Get(':boardId/events')
  events(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Query() query: BoardEventsQueryDto,
  ): Promise<BoardEventsPage> {
    return this.boards.eventsPage(user, boardId, query);
  }
}
