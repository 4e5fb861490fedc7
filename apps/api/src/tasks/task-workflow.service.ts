import {
  acknowledgeRefusal,
  fieldChanges,
  reopenRefusal,
  returnRefusal,
  submitRefusal,
  verifyRefusal,
  type AcknowledgeTaskInput,
  type BoardEventPayload,
  type ReopenTaskInput,
  type ReturnTaskInput,
  type SubmitTaskInput,
  type TaskView,
  type VerifyTaskInput,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { Clock } from '../common/clock';
import { keyAtEndOfColumn } from './task-ordering';
import { refuse, workflowOf } from './task-lifecycle';
import { assertVersion, lockTask, updateIfVersion } from './task-writes';
import type { TaskEntity } from './task.entity';
import { TasksService } from './tasks.service';
import { toTaskView } from './task.mapper';

type WorkflowEventType = Extract<
  BoardEventPayload['type'],
  'task.acknowledged' | 'task.submitted' | 'task.verified' | 'task.returned' | 'task.reopened'
>;

interface Transition {
  type: WorkflowEventType;
  /** The version the client saw; undefined: whatever is current. */
  version: number | undefined;
  /** Why the user may not do this to the task as it is now; null when allowed. */
  refusal: (current: TaskEntity) => string | null;
  patch: (current: TaskEntity, now: Date) => Partial<TaskEntity>;
}

/** 签收 → 提交审核 → 审核销号 / 退回 (→ 重新打开): each step checked by the shared rules and recorded as its own event. */
@Injectable()
export class TaskWorkflowService {
  constructor(
    private readonly tasks: TasksService,
    private readonly changes: BoardChangeService,
    private readonly clock: Clock,
  ) {}

  acknowledge(user: AuthUser, taskId: string, input: AcknowledgeTaskInput): Promise<TaskView> {
    return this.transition(user, taskId, {
      type: 'task.acknowledged',
      version: input.version,
      refusal: (current) => acknowledgeRefusal(user, workflowOf(current)),
      patch: (_current, now) => ({ acknowledgedAt: now, acknowledgedById: user.id }),
    });
  }

  submit(user: AuthUser, taskId: string, input: SubmitTaskInput): Promise<TaskView> {
    return this.transition(user, taskId, {
      type: 'task.submitted',
      version: input.version,
      refusal: (current) => submitRefusal(user, workflowOf(current), input.result),
      patch: (_current, now) => ({ status: 'in_review', result: input.result, submittedAt: now }),
    });
  }

  verify(user: AuthUser, taskId: string, input: VerifyTaskInput): Promise<TaskView> {
    return this.transition(user, taskId, {
      type: 'task.verified',
      version: input.version,
      refusal: (current) => verifyRefusal(user, workflowOf(current), input.note),
      patch: (_current, now) => ({
        status: 'done',
        progress: 100,
        verificationNote: input.note,
        verifiedAt: now,
        verifiedById: user.id,
      }),
    });
  }

  return(user: AuthUser, taskId: string, input: ReturnTaskInput): Promise<TaskView> {
    return this.transition(user, taskId, {
      type: 'task.returned',
      version: input.version,
      refusal: (current) => returnRefusal(user, workflowOf(current), input.reason),
      patch: (current) => ({
        status: 'in_progress',
        returnCount: current.returnCount + 1,
        returnReason: input.reason,
        submittedAt: null,
      }),
    });
  }

  /** 重新打开: a supervisor undoes a closure, with a reason; the task is then verified again like any other. */
  reopen(user: AuthUser, taskId: string, input: ReopenTaskInput): Promise<TaskView> {
    return this.transition(user, taskId, {
      type: 'task.reopened',
      version: input.version,
      refusal: (current) => reopenRefusal(user, current, input.reason),
      // The closure's facts go with it; the log keeps who verified it and the note.
      patch: () => ({
        status: 'in_progress',
        reopenReason: input.reason,
        submittedAt: null,
        verifiedAt: null,
        verifiedById: null,
        verificationNote: '',
      }),
    });
  }

  private async transition(user: AuthUser, taskId: string, step: Transition): Promise<TaskView> {
    const { task, light } = await this.tasks.findVisibleOnBoard(user, taskId);
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      const current = await lockTask(manager, taskId);
      refuse(step.refusal(current));
      const version = step.version ?? current.version;
      assertVersion(current, version);
      const patch = step.patch(current, this.clock.now());
      if (patch.status !== undefined && patch.status !== current.status) {
        patch.position = await keyAtEndOfColumn(manager, current.boardId, patch.status);
      }
      const updated = await updateIfVersion(manager, current, version, patch, light);
      const changes = fieldChanges('task', toTaskView(current), updated);
      return { result: updated, event: { type: step.type, data: updated, changes } };
    });
    return result;
  }
}
