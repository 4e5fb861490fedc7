import { nextEscalation, type EscalationTask, type SentReminder } from './escalation-policy';

/** A local time on a day of May 2021. */
const may = (day: number, hour = 9) => new Date(2021, 4, day, hour);

const overdueTask: EscalationTask = {
  status: 'in_progress',
  deadline: '2021-05-10',
  leadDepartmentId: 'd-eco',
  responsibleLeaderId: 'u-zhao',
};

const automatic = (level: SentReminder['level'], createdAt: Date): SentReminder => ({
  level,
  fromUserId: null,
  createdAt,
});

describe('escalating an overdue task', () => {
  it('first reminds the lead department, the day after the deadline', () => {
    expect(nextEscalation(overdueTask, [], 3, may(10, 23))).toBeNull();
    expect(nextEscalation(overdueTask, [], 3, may(11, 0))).toEqual({
      level: 'department',
      message: 'Overdue since 2021-05-10: please report progress',
    });
  });

  it('then waits escalationDays calendar days before escalating to the responsible leader', () => {
    const reminded = [automatic('department', may(11, 18))];
    expect(nextEscalation(overdueTask, reminded, 3, may(13, 23))).toBeNull();
    expect(nextEscalation(overdueTask, reminded, 3, may(14, 1))).toEqual({
      level: 'leader',
      message: 'Overdue since 2021-05-10; the lead department was reminded on 2021-05-11: please follow up',
    });
    expect(nextEscalation(overdueTask, reminded, 0, may(11, 19))?.level).toBe('leader');
  });

  it('does each step once', () => {
    const both = [automatic('department', may(11)), automatic('leader', may(14))];
    expect(nextEscalation(overdueTask, both, 3, may(30))).toBeNull();
  });

  it('is not held back by a supervisor’s own reminders', () => {
    const bySupervisor: SentReminder = { level: 'department', fromUserId: 'u-wang', createdAt: may(12) };
    expect(nextEscalation(overdueTask, [bySupervisor], 3, may(12, 10))?.level).toBe('department');
  });

  it('starts afresh when a new deadline has passed too', () => {
    const earlier = [automatic('department', may(11)), automatic('leader', may(14))];
    const moved = { ...overdueTask, deadline: '2021-05-20' };
    expect(nextEscalation(moved, earlier, 3, may(21))?.level).toBe('department');
  });

  it('leaves done tasks, tasks without a deadline or lead department, and leaderless escalations alone', () => {
    const now = may(30);
    expect(nextEscalation({ ...overdueTask, status: 'done' }, [], 3, now)).toBeNull();
    expect(nextEscalation({ ...overdueTask, deadline: null }, [], 3, now)).toBeNull();
    expect(nextEscalation({ ...overdueTask, leadDepartmentId: null }, [], 3, now)).toBeNull();
    const leaderless = { ...overdueTask, responsibleLeaderId: null };
    expect(nextEscalation(leaderless, [automatic('department', may(11))], 3, now)).toBeNull();
  });
});
