import { routes, type CommentView } from '@duban/contracts';
import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CommentsService } from './comments.service';
import { CreateCommentDto, UpdateCommentDto } from './dto/comment.dto';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Endpoint(routes.listComments, {
    description: '404 when the task does not exist or is on a board the user may not see.',
  })
  list(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<CommentView[]> {
    return this.comments.list(user, taskId);
  }

  @Endpoint(routes.createComment, {
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

  @Endpoint(routes.updateComment, {
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

  @Endpoint(routes.deleteComment, {
    description:
      'The author or an administrator (403 otherwise). 404 when the comment does not exist or is on a ' +
      'board the user may not see.',
  })
  remove(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<void> {
    return this.comments.remove(user, id);
  }
}
