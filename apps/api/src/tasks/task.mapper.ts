import type { TaskView } from '@duban/contracts';
import type { TaskEntity } from './task.entity';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

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
    problem: task.problem,
    source: task.source,
    measures: task.measures,
    result: task.result,
    evidence: task.evidence,
    evidenceLinks: task.evidenceLinks,
    assignedAt: iso(task.assignedAt),
    acknowledgedAt: iso(task.acknowledgedAt),
    acknowledgedById: task.acknowledgedById,
    submittedAt: iso(task.submittedAt),
    verifiedAt: iso(task.verifiedAt),
    verifiedById: task.verifiedById,
    verificationNote: task.verificationNote,
    returnCount: task.returnCount,
    returnReason: task.returnReason,
    reopenReason: task.reopenReason,
    light: task.light,
    version: task.version,
    commentCount: task.commentCount,
    createdById: task.createdById,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
