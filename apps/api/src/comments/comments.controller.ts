import type { CommentView } from '@duban/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CommentsService } from './comments.service';
import { CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';

@ApiTags('comments')
@ApiBearerAuth()
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get('tasks/:taskId/comments')
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<CommentView[]> {
    return this.comments.list(user, taskId);
  }

  @Post('tasks/:taskId/comments')
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateCommentDto,
  ): Promise<CommentView> {
    return this.comments.create(user, taskId, body);
  }

  @Patch('comments/:id')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateCommentDto,
  ): Promise<CommentView> {
    return this.comments.update(user, id, body);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.comments.remove(user, id);
  }
}
