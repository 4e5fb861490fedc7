import { z } from 'zod';
import {
  isoDateSchema,
  longText,
  MAX_INT4,
  requiredText,
  shortText,
  taskKindSchema,
  taskStatusSchema,
  uuidSchema,
  webUrl,
  type TaskKind,
  type TaskStatus,
} from './common';
import type { Light } from './lights';
import type { DecisionSource } from './minutes';

const versionSchema = z.number().int().min(1).max(MAX_INT4);

const taskFields = {
  title: shortText(200),
  description: longText(10000),
  kind: taskKindSchema,
  status: taskStatusSchema,
  leadDepartmentId: uuidSchema.nullable(),
  cooperatingDepartmentIds: z.array(uuidSchema).max(50),
  responsibleLeaderId: uuidSchema.nullable(),
  assigneeIds: z.array(uuidSchema).max(50),
  deadline: isoDateSchema.nullable(),
  progress: z.number().int().min(0).max(100),
  labels: z.array(shortText(40)).max(20),
  /** Rectification items: what the inspection found, and which inspection. */
  problem: longText(10000),
  source: longText(500),
  /** What the department will do (整改措施), what it did (整改结果), and the proof (佐证材料). */
  measures: longText(10000),
  result: longText(10000),
  evidence: longText(10000),
  evidenceLinks: z.array(webUrl(2000)).max(20),
};

export const createTaskSchema = z.strictObject(taskFields).partial().required({ title: true });
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

/** Every field optional but `version`, the version the client last saw (optimistic concurrency). */
export const updateTaskSchema = z.strictObject({
  ...z.object(taskFields).partial().shape,
  version: versionSchema,
});
export type UpdateTaskInput = z.infer<typeof updateTaskSchema>;

export const moveTaskSchema = z.strictObject({
  status: taskStatusSchema,
  /** The card the task lands below; null puts it at the top of the column. */
  afterTaskId: uuidSchema.nullable(),
  version: versionSchema,
});
export type MoveTaskInput = z.infer<typeof moveTaskSchema>;

export const submitTaskSchema = z.strictObject({ result: longText(10000), version: versionSchema });
export type SubmitTaskInput = z.infer<typeof submitTaskSchema>;

export const verifyTaskSchema = z.strictObject({ note: longText(10000).default(''), version: versionSchema });
export type VerifyTaskInput = z.infer<typeof verifyTaskSchema>;

export const returnTaskSchema = z.strictObject({ reason: requiredText(2000), version: versionSchema });
export type ReturnTaskInput = z.infer<typeof returnTaskSchema>;

/** Reopening a closed task (supervisors and administrators) says why, for everyone to read. */
export const reopenTaskSchema = z.strictObject({ reason: requiredText(2000), version: versionSchema });
export type ReopenTaskInput = z.infer<typeof reopenTaskSchema>;

/** The version is optional here: signing for a task twice is refused anyway. */
export const acknowledgeTaskSchema = z.strictObject({ version: versionSchema.optional() });
export type AcknowledgeTaskInput = z.infer<typeof acknowledgeTaskSchema>;

export const deleteTaskQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).max(MAX_INT4),
});

export interface TaskView {
  id: string;
  boardId: string;
  title: string;
  description: string;
  kind: TaskKind;
  status: TaskStatus;
  /** Order key within its status column: compare as plain strings (not locale-aware). */
  position: string;
  leadDepartmentId: string | null;
  cooperatingDepartmentIds: string[];
  responsibleLeaderId: string | null;
  assigneeIds: string[];
  deadline: string | null;
  progress: number;
  labels: string[];
  problem: string;
  source: string;
  measures: string;
  result: string;
  evidence: string;
  evidenceLinks: string[];
  /** When the supervisor handed the task to its lead department (交办); null while unassigned. */
  assignedAt: string | null;
  /** Sign-off by the lead department (签收). */
  acknowledgedAt: string | null;
  acknowledgedById: string | null;
  submittedAt: string | null;
  verifiedAt: string | null;
  verifiedById: string | null;
  verificationNote: string;
  /** How often verification sent it back (退回), and the latest reason. */
  returnCount: number;
  returnReason: string;
  /** Why a supervisor last reopened the task after it was closed; empty if it never was. */
  reopenReason: string;
  /** 红黄绿灯, computed by the server from the deadline, the status and the board's due-soon days. */
  light: Light;
  version: number;
  commentCount: number;
  /**
   * Leader instructions (领导批示) on the task still awaiting response (待回复): the card's badge. The API
   * always sends it; task events recorded before instructions existed do not have it (read it as 0).
   */
  awaitingInstructionCount?: number;
  /** Evidence files on the task, its reports and comments (the card's badge); absent in older events (read 0). */
  attachmentCount?: number;
  /** The decision in imported minutes the task was made from; null (or absent in older events) otherwise. */
  decisionSource?: DecisionSource | null;
  createdById: string;
  createdAt: string;
  updatedAt: string;
}

/** Task fields a PATCH may change; the rest are the server's. */
export type EditableTaskField = keyof typeof taskFields;
export const EDITABLE_TASK_FIELDS = Object.keys(taskFields) as EditableTaskField[];
