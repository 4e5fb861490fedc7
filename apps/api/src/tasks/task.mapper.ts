import type { TaskView } from '@duban/contracts';
import type { TaskEntity } from './task.entity';

export function toTaskView(task: TaskEntity): TaskView {
  return {
    id: task.id,
    boardId: task.boardId,
    title: task.title,
    description: task.description,
    kind: task.kind,
    status: task.status,
    position: task.position,
    leadDepartmentId: task.leadDepartmentId,
    cooperatingDepartmentIds: task.cooperatingDepartmentIds,
    responsibleLeaderId: task.responsibleLeaderId,
    assigneeIds: task.assigneeIds,
    deadline: task.deadline,
    progress: task.progress,
    labels: task.labels,
    version: task.version,
    commentCount: task.commentCount,
    createdById: task.createdById,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
