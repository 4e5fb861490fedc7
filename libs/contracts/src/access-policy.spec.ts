import type { UserRole } from './common';
import {
  canCreateBoard,
  canDeleteComment,
  canEditComment,
  canEditTask,
  canManageTasks,
  canSeeBoard,
  forbiddenTaskField,
} from './access-policy';
import type { UserView } from './users';

const ecology = 'dep-ecology';
const commerce = 'dep-commerce';

function user(role: UserRole, departmentId: string | null = null, id = `${role}-1`): UserView {
  return { id, username: id, displayName: id, role, departmentId, active: true };
}

describe('access policy', () => {
  it('shows open boards to everyone and restricted boards to their departments and to oversight roles', () => {
    const restricted = { departmentIds: [ecology] };
    expect(canSeeBoard(user('member', commerce), { departmentIds: [] })).toBe(true);
    expect(canSeeBoard(user('member', ecology), restricted)).toBe(true);
    expect(canSeeBoard(user('member', commerce), restricted)).toBe(false);
    expect(canSeeBoard(user('member', null), restricted)).toBe(false);
    for (const role of ['admin', 'supervisor', 'leader'] as const)
      expect(canSeeBoard(user(role), restricted)).toBe(true);
  });

  it('lets supervisors and admins create boards and tasks, nobody else', () => {
    for (const role of ['admin', 'supervisor'] as const) {
      expect(canCreateBoard(user(role))).toBe(true);
      expect(canManageTasks(user(role))).toBe(true);
    }
    for (const role of ['leader', 'member'] as const) {
      expect(canCreateBoard(user(role, ecology))).toBe(false);
      expect(canManageTasks(user(role, ecology))).toBe(false);
    }
  });

  it('lets members edit only tasks their department leads or cooperates on', () => {
    const task = { leadDepartmentId: ecology, cooperatingDepartmentIds: [commerce] };
    expect(canEditTask(user('member', ecology), task)).toBe(true);
    expect(canEditTask(user('member', commerce), task)).toBe(true);
    expect(canEditTask(user('member', 'dep-other'), task)).toBe(false);
    expect(canEditTask(user('leader'), task)).toBe(false);
    expect(canEditTask(user('supervisor'), task)).toBe(true);
  });

  it('keeps the assignment fields for supervisors', () => {
    expect(forbiddenTaskField(user('member', ecology), ['progress', 'title'])).toBeUndefined();
    expect(forbiddenTaskField(user('member', ecology), ['progress', 'deadline'])).toBe('deadline');
    expect(forbiddenTaskField(user('member', ecology), ['leadDepartmentId'])).toBe('leadDepartmentId');
    expect(forbiddenTaskField(user('supervisor'), ['deadline', 'leadDepartmentId'])).toBeUndefined();
  });

  it('lets only the author edit a comment, and the author or an admin delete it', () => {
    const comment = { authorId: 'member-1' };
    expect(canEditComment(user('member', ecology, 'member-1'), comment)).toBe(true);
    expect(canEditComment(user('admin'), comment)).toBe(false);
    expect(canDeleteComment(user('admin'), comment)).toBe(true);
    expect(canDeleteComment(user('supervisor'), comment)).toBe(false);
  });
});
