import type { BoardEvent, TaskView } from '@duban/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import { CreateTaskDto, DeleteTaskQueryDto, MoveTaskDto, UpdateTaskDto } from './dto/task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Post('boards/:boardId/tasks')
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskView> {
    return this.tasks.create(user, boardId, body);
  }

  @Get('tasks/:taskId')
  get(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<TaskView> {
    return this.tasks.get(user, taskId);
  }

  /** The task's own history: its changes and comments, from the board's event log. */
  @Get('tasks/:taskId/history')
  history(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<BoardEvent[]> {
    return this.tasks.history(user, taskId);
  }

  @Patch('tasks/:taskId')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskView> {
    return this.tasks.update(user, taskId, body);
  }

  @Post('tasks/:taskId/move')
  @HttpCode(200)
  move(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: MoveTaskDto,
  ): Promise<TaskView> {
    return this.tasks.move(user, taskId, body);
  }

  @Delete('tasks/:taskId')
  @HttpCode(204)
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Query() query: DeleteTaskQueryDto,
  ): Promise<void> {
    return this.tasks.remove(user, taskId, query.version);
  }
}
