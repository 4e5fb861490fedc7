import { reminderRefusal } from './reminders';

const open = { status: 'in_progress' as const, leadDepartmentId: 'd-eco' };

describe('who may send a reminder (催办)', () => {
  it('lets supervisors and administrators remind an open task with a lead department', () => {
    expect(reminderRefusal({ role: 'supervisor' }, open)).toBeNull();
    expect(reminderRefusal({ role: 'admin' }, { ...open, status: 'todo' })).toBeNull();
  });

  it('refuses members and leaders, saying why', () => {
    expect(reminderRefusal({ role: 'member' }, open)).toMatch(/Only supervisors and administrators/);
    expect(reminderRefusal({ role: 'leader' }, open)).toMatch(/Only supervisors and administrators/);
  });

  it('refuses a task nobody leads yet, or one already done', () => {
    expect(reminderRefusal({ role: 'supervisor' }, { ...open, leadDepartmentId: null })).toMatch(
      /no lead department/,
    );
    expect(reminderRefusal({ role: 'supervisor' }, { ...open, status: 'done' })).toMatch(/done/);
  });
});
