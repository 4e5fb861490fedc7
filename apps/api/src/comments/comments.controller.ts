import type { CommentView } from '@duban/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({
    summary: "The task's comments, oldest first",
    description: '404 when the task does not exist or is on a board the user may not see.',
  })
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<CommentView[]> {
    return this.comments.list(user, taskId);
  }

  @Post('tasks/:taskId/comments')
  @ApiOperation({
    summary: 'Comment on a task',
    description:
      'Anyone who may see the board may comment. Users it @mentions (by username) who may see the board ' +
      'are notified. 404 when the task does not exist or is on a board the user may not see.',
  })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: CreateCommentDto,
  ): Promise<CommentView> {
    return this.comments.create(user, taskId, body);
  }

  @Patch('comments/:id')
  @ApiOperation({
    summary: 'Edit a comment',
    description:
      'The author only (403 otherwise). Users the edit newly @mentions are notified. 404 when the comment ' +
      'does not exist or is on a board the user may not see.',
  })
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('id') id: string,
    @Body() body: UpdateCommentDto,
  ): Promise<CommentView> {
    return this.comments.update(user, id, body);
  }

  @Delete('comments/:id')
  @ApiOperation({
    summary: 'Delete a comment',
    description:
      'The author or an administrator (403 otherwise). 404 when the comment does not exist or is on a ' +
      'board the user may not see.',
  })
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.comments.remove(user, id);
  }
}
