import { z } from 'zod';

export const uuidSchema = z.uuid();

/** A calendar date such as a deadline: no time, no zone. */
export const isoDateSchema = z.iso.date();

export const USER_ROLES = ['admin', 'supervisor', 'leader', 'member'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

export const TASK_STATUSES = ['todo', 'in_progress', 'in_review', 'done'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const TASK_KINDS = ['task', 'rectification'] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

/** Trimmed single-line text with a length limit. */
export const shortText = (max: number) => z.string().trim().min(1).max(max);

/** Multi-line text (descriptions, comment bodies); may be empty where optional. */
export const longText = (max: number) => z.string().max(max);
