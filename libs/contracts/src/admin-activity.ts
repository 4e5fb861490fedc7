import { z } from 'zod';

/**
 * The administration log (操作记录): what administrators did to departments and users. Board changes are
 * in each board's own history; this log is only the administration screens' actions.
 */
export const ADMIN_ACTIONS = [
  'department.created',
  'department.renamed',
  'department.archived',
  'department.restored',
  'department.deleted',
  'department.keywords_changed',
  'user.created',
  'user.renamed',
  'user.username_changed',
  'user.role_changed',
  'user.department_changed',
  'user.password_reset',
  'user.deactivated',
  'user.reactivated',
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

export type AdminActivityTargetType = 'department' | 'user';

/** One administrator's action. Never holds a password, not even a hash. */
export interface AdminActivityEntry {
  /** Increasing: a later entry has a larger id. */
  id: number;
  /** ISO 8601. */
  at: string;
  /** Who did it, as they were named then. */
  actor: { id: string; displayName: string };
  action: AdminAction;
  /** What it was done to, named as it was at the time (a deleted department keeps its name here). */
  target: { type: AdminActivityTargetType; id: string; name: string };
  /**
   * The value before and after, for a change of one field: a name, a username, a role (its code), a
   * department (its name; null for none), a department's keywords (comma-separated). Null for actions without a value (created, deleted, reset…).
   */
  change: { before: string | null; after: string | null } | null;
}

/** `GET /api/admin/activity?limit=&before=`: newest first; `before` (the last entry's id) pages back. */
export const adminActivityQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).max(2147483647).optional(),
});
export type AdminActivityQuery = z.infer<typeof adminActivityQuerySchema>;
