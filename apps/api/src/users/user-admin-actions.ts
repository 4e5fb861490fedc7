import type { AdminActionRecord } from '../admin-audit/admin-audit.service';
import type { UserEntity } from './user.entity';

/** What the administration log records of a change to a user: one entry per kind of change, no password. */
export function userAdminActions(
  before: UserEntity,
  after: UserEntity,
  passwordReset: boolean,
  departmentName: (id: string | null) => string | null,
): AdminActionRecord[] {
  const target = { type: 'user' as const, id: after.id, name: after.displayName };
  const records: AdminActionRecord[] = [];
  const changed = (action: AdminActionRecord['action'], from: string | null, to: string | null) => {
    if (from !== to) records.push({ action, target, change: { before: from, after: to } });
  };
  changed('user.renamed', before.displayName, after.displayName);
  changed('user.username_changed', before.username, after.username);
  changed('user.role_changed', before.role, after.role);
  changed('user.department_changed', departmentName(before.departmentId), departmentName(after.departmentId));
  if (passwordReset) records.push({ action: 'user.password_reset', target });
  if (before.active && !after.active) records.push({ action: 'user.deactivated', target });
  if (!before.active && after.active) records.push({ action: 'user.reactivated', target });
  return records;
}
