import type { DecisionSource, TaskView } from '@duban/contracts';
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
    awaitingInstructionCount: task.awaitingInstructionCount,
    attachmentCount: task.attachmentCount,
    decisionSource: decisionSourceOf(task),
    createdById: task.createdById,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}

/** Null for a task typed by hand (and for an entity built without these columns, as the demo seed does). */
function decisionSourceOf(task: TaskEntity): DecisionSource | null {
  const { decisionMinutesId: minutesId, decisionStart: sourceStart, decisionEnd: sourceEnd } = task;
  if (!minutesId || typeof sourceStart !== 'number' || typeof sourceEnd !== 'number') return null;
  return { minutesId, sourceStart, sourceEnd };
}
