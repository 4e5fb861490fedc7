import type { BoardEvent, TaskView } from '@duban/contracts';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import {
  AcknowledgeTaskDto,
  CreateTaskDto,
  DeleteTaskQueryDto,
  MoveTaskDto,
  ReturnTaskDto,
  SubmitTaskDto,
  UpdateTaskDto,
  VerifyTaskDto,
} from './dto/task.dto';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly workflow: TaskWorkflowService,
  ) {}

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

  /** 签收: the lead department confirms it has received the task. */
  @Post('tasks/:taskId/acknowledge')
  @HttpCode(200)
  acknowledge(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: AcknowledgeTaskDto,
  ): Promise<TaskView> {
    return this.workflow.acknowledge(user, taskId, body);
  }

  /** 提交审核: the lead department reports the task done, with its result. */
  @Post('tasks/:taskId/submit')
  @HttpCode(200)
  submit(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: SubmitTaskDto,
  ): Promise<TaskView> {
    return this.workflow.submit(user, taskId, body);
  }

  /** 审核销号: an independent supervisor confirms and closes it. */
  @Post('tasks/:taskId/verify')
  @HttpCode(200)
  verify(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: VerifyTaskDto,
  ): Promise<TaskView> {
    return this.workflow.verify(user, taskId, body);
  }

  /** 退回: sent back to the department with a reason. */
  @Post('tasks/:taskId/return')
  @HttpCode(200)
  returnTask(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: ReturnTaskDto,
  ): Promise<TaskView> {
    return this.workflow.return(user, taskId, body);
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
