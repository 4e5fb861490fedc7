import { routes, type BoardEvent, type TaskView } from '@duban/contracts';
import { applyDecorators, Body, Controller, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Endpoint } from '../common/endpoint.decorator';
import { UuidParam } from '../common/uuid-param.decorator';
import {
  AcknowledgeTaskDto,
  CreateTaskDto,
  DeleteTaskQueryDto,
  MoveTaskDto,
  ReopenTaskDto,
  ReturnTaskDto,
  SubmitTaskDto,
  UpdateTaskDto,
  VerifyTaskDto,
} from './dto/task.dto';
import { TaskWorkflowService } from './task-workflow.service';
import { TasksService } from './tasks.service';

/** Said once here, shown on every endpoint that writes a task with optimistic concurrency. */
const STALE_VERSION =
  "Stale `version`: someone changed the task since the client read it. The body's `current` is the task " +
  'as it is now.';

/** The supervision workflow (督办流程), so each step can show where it stands. */
const WORKFLOW =
  '交办 (assign) → 签收 (acknowledge) → 提交审核 (submit) → 审核销号 (verify) or 退回 (return); a closed ' +
  'task may be reopened (重新打开)';

/** What the task's status freezes, on every path that writes it. */
const FROZEN =
  'While a task awaits verification its submission (progress, measures, result, evidence, evidenceLinks) ' +
  'is frozen for everyone until it is returned; a closed (done) task is read-only except for comments ' +
  'until a supervisor reopens it. A frozen field is a 403 naming the field in `details`.';

const TASK_NOT_VISIBLE = '404 when the task does not exist or is on a board the user may not see.';

/** The answers of a task write: the task, or why it was refused, or a stale version. */
function TaskWriteResponses(forbidden: string) {
  return applyDecorators(
    ApiOkResponse({ description: 'The task after the change, with its new `version`.' }),
    ApiForbiddenResponse({ description: forbidden }),
    ApiConflictResponse({ description: STALE_VERSION }),
  );
}

@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly workflow: TaskWorkflowService,
  ) {}

  @Endpoint(routes.createTask, {
    description:
      'Supervisors and administrators only (403 otherwise); 404 for a board the user may not see. ' +
      '`kind` is `task` (a decided task) or `rectification` (an inspection finding). Naming a ' +
      '`leadDepartmentId` assigns it (交办): that department must then sign for it. A starting `status` ' +
      'other than `todo` must pass the same workflow rules as a move (403 otherwise).',
  })
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('boardId') boardId: string,
    @Body() body: CreateTaskDto,
  ): Promise<TaskView> {
    return this.tasks.create(user, boardId, body);
  }

  @Endpoint(routes.getTask, { description: TASK_NOT_VISIBLE })
  get(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<TaskView> {
    return this.tasks.get(user, taskId);
  }

  @Endpoint(routes.taskHistory, {
    description:
      "The events of the board's log that concern this task: its own `task.*` changes and the comments, " +
      'progress reports and reminders on it, each with its actor, time and field-level before/after ' +
      `(\`changes\`). ${TASK_NOT_VISIBLE}`,
  })
  history(@CurrentUser() user: AuthUser, @UuidParam('taskId') taskId: string): Promise<BoardEvent[]> {
    return this.tasks.history(user, taskId);
  }

  @Endpoint(routes.updateTask, {
    description:
      'Send only the fields that change, with the `version` last read. Supervisors and administrators, and ' +
      "members of the task's lead or cooperating departments, may edit; leaders may not. Only supervisors " +
      'and administrators change the assignment (lead and cooperating departments, responsible leader, ' +
      'deadline, kind, problem, source); a new lead department must sign for the task again. A `status` ' +
      `change obeys the workflow rules, as a move does. ${FROZEN} ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses('The user may not edit this task or one of the fields sent, or the field is frozen.')
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: UpdateTaskDto,
  ): Promise<TaskView> {
    return this.tasks.update(user, taskId, body);
  }

  @Endpoint(routes.moveTask, {
    description:
      '`afterTaskId` is the card it lands below (null: the top of the column). A status change obeys the ' +
      'workflow rules of the dedicated endpoints: Done only by a supervisor or administrator outside the ' +
      'lead department (never for a rectification item, which closes through verify), Awaiting ' +
      'verification only with what submitting needs, In progress only once the lead department has signed ' +
      '(supervisors and administrators excepted). A task awaiting verification leaves it only by verify ' +
      'or return, and a closed task only by reopen; a closed task may still be reordered within Done. ' +
      TASK_NOT_VISIBLE,
  })
  @TaskWriteResponses('The user may not move this task, or the status change is refused.')
  move(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: MoveTaskDto,
  ): Promise<TaskView> {
    return this.tasks.move(user, taskId, body);
  }

  @Endpoint(routes.acknowledgeTask, {
    description:
      `Workflow: ${WORKFLOW}. Only members of the task's lead department sign, once per assignment ` +
      '(reassigning the task to another lead department asks for a new signature). Until it has signed, ' +
      'only a supervisor or administrator can move the task to In progress. `version` is optional here: ' +
      `signing twice is refused anyway. ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses(
    'The task has no lead department, the user is not a member of it, or it has already signed. The ' +
      'message says which.',
  )
  acknowledge(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: AcknowledgeTaskDto,
  ): Promise<TaskView> {
    return this.workflow.acknowledge(user, taskId, body);
  }

  @Endpoint(routes.submitTask, {
    description:
      `Workflow: ${WORKFLOW}. Members of the lead department submit (supervisors and administrators may ` +
      'too) a task that is In progress; it moves to Awaiting verification (`in_review`) with `result`. A ' +
      'rectification item also needs its measures (整改措施) filled in on the task, besides the result ' +
      `(整改结果). ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses(
    'The user is neither in the lead department nor a supervisor or administrator, the task is not In ' +
      'progress, the result is blank, or a rectification item has no measures. The message says which.',
  )
  submit(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: SubmitTaskDto,
  ): Promise<TaskView> {
    return this.workflow.submit(user, taskId, body);
  }

  @Endpoint(routes.verifyTask, {
    description:
      `Workflow: ${WORKFLOW}. Supervisors and administrators who are not in the task's lead department ` +
      'verify a task Awaiting verification; it becomes Done at 100% progress, with the optional `note`. ' +
      `Closing a rectification item needs a note. ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses(
    'The user is not a supervisor or administrator, belongs to the lead department, the task is not ' +
      'Awaiting verification, or a rectification item has no note. The message says which.',
  )
  verify(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: VerifyTaskDto,
  ): Promise<TaskView> {
    return this.workflow.verify(user, taskId, body);
  }

  @Endpoint(routes.returnTask, {
    description:
      `Workflow: ${WORKFLOW}. The same independent verifiers as verify return a task Awaiting ` +
      'verification: it goes back to In progress, its `reason` and return count are recorded and the ' +
      `department submits again. A blank reason is a 400. ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses(
    'The user is not a supervisor or administrator, belongs to the lead department, or the task is not ' +
      'Awaiting verification. The message says which.',
  )
  returnTask(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: ReturnTaskDto,
  ): Promise<TaskView> {
    return this.workflow.return(user, taskId, body);
  }

  @Endpoint(routes.reopenTask, {
    description:
      `Workflow: ${WORKFLOW}. Supervisors and administrators reopen a Done task; it goes back to In ` +
      'progress with its `reason` kept as `reopenReason` and recorded as a `task.reopened` event, its ' +
      'verification cleared. Closing it again goes through submit and verify, by someone independent. A ' +
      `blank reason is a 400. ${TASK_NOT_VISIBLE}`,
  })
  @TaskWriteResponses('The user is not a supervisor or administrator, or the task is not closed.')
  reopen(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Body() body: ReopenTaskDto,
  ): Promise<TaskView> {
    return this.workflow.reopen(user, taskId, body);
  }

  @Endpoint(routes.deleteTask, {
    description:
      'Supervisors and administrators only (403 otherwise), with the `version` last read as a query ' +
      'parameter. The deleted task stays in the board history as a `task.deleted` event. A closed task ' +
      'is refused (403): it is the record of verified work; reopen it first. ' +
      TASK_NOT_VISIBLE,
  })
  @ApiNoContentResponse({ description: 'The task is deleted.' })
  @ApiConflictResponse({ description: STALE_VERSION })
  remove(
    @CurrentUser() user: AuthUser,
    @UuidParam('taskId') taskId: string,
    @Query() query: DeleteTaskQueryDto,
  ): Promise<void> {
    return this.tasks.remove(user, taskId, query.version);
  }
}
