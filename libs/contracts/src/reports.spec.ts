import { createReportSchema, reportingPeriod, reportRefusal, reportSetsProgress } from './reports';

describe('reportingPeriod', () => {
  const weekly = (reportDay: number) => ({ reportCadence: 'weekly' as const, reportDay });
  const monthly = (reportDay: number) => ({ reportCadence: 'monthly' as const, reportDay });

  it('has no period when the board has no reporting cadence', () => {
    expect(reportingPeriod({ reportCadence: 'none', reportDay: 28 }, '2021-04-21')).toBeNull();
  });

  describe('monthly', () => {
    it('is the calendar month, due on the report day of that month', () => {
      expect(reportingPeriod(monthly(28), '2021-04-21')).toEqual({
        start: '2021-04-01',
        dueBy: '2021-04-28',
      });
      expect(reportingPeriod(monthly(5), '2021-04-21')).toEqual({ start: '2021-04-01', dueBy: '2021-04-05' });
    });

    it('starts on the first and still covers the last day of the month', () => {
      expect(reportingPeriod(monthly(10), '2021-04-01')).toEqual({
        start: '2021-04-01',
        dueBy: '2021-04-10',
      });
      expect(reportingPeriod(monthly(10), '2021-04-30')).toEqual({
        start: '2021-04-01',
        dueBy: '2021-04-10',
      });
      expect(reportingPeriod(monthly(10), '2021-05-01')).toEqual({
        start: '2021-05-01',
        dueBy: '2021-05-10',
      });
    });

    it('has a day 28 in every month, February included', () => {
      expect(reportingPeriod(monthly(28), '2021-02-15')).toEqual({
        start: '2021-02-01',
        dueBy: '2021-02-28',
      });
      expect(reportingPeriod(monthly(28), '2024-02-29')).toEqual({
        start: '2024-02-01',
        dueBy: '2024-02-28',
      });
    });

    it('crosses the year end', () => {
      expect(reportingPeriod(monthly(1), '2021-12-31')).toEqual({ start: '2021-12-01', dueBy: '2021-12-01' });
      expect(reportingPeriod(monthly(1), '2022-01-01')).toEqual({ start: '2022-01-01', dueBy: '2022-01-01' });
    });
  });

  describe('weekly', () => {
    // 2021-04-19 is a Monday, 2021-04-25 the Sunday of the same ISO week.
    it('is the ISO week (Monday to Sunday) containing today, due on the report weekday', () => {
      for (const today of ['2021-04-19', '2021-04-21', '2021-04-25']) {
        expect(reportingPeriod(weekly(5), today)).toEqual({ start: '2021-04-19', dueBy: '2021-04-23' });
      }
      expect(reportingPeriod(weekly(5), '2021-04-26')).toEqual({ start: '2021-04-26', dueBy: '2021-04-30' });
    });

    it('counts weekday 1 as Monday and 7 as Sunday', () => {
      expect(reportingPeriod(weekly(1), '2021-04-21')).toEqual({ start: '2021-04-19', dueBy: '2021-04-19' });
      expect(reportingPeriod(weekly(7), '2021-04-21')).toEqual({ start: '2021-04-19', dueBy: '2021-04-25' });
    });

    it('treats a report day past Sunday (a monthly day left over) as Sunday', () => {
      expect(reportingPeriod(weekly(28), '2021-04-21')).toEqual({ start: '2021-04-19', dueBy: '2021-04-25' });
    });

    it('reaches back across month and year ends', () => {
      // 2021-01-01 is a Friday: its ISO week began on Monday 2020-12-28.
      expect(reportingPeriod(weekly(3), '2021-01-01')).toEqual({ start: '2020-12-28', dueBy: '2020-12-30' });
      // 2021-03-01 is a Monday; 2021-02-28 the Sunday before it.
      expect(reportingPeriod(weekly(3), '2021-02-28')).toEqual({ start: '2021-02-22', dueBy: '2021-02-24' });
      expect(reportingPeriod(weekly(7), '2021-03-01')).toEqual({ start: '2021-03-01', dueBy: '2021-03-07' });
    });

    it('lets the due day run into the next month', () => {
      // Monday 2021-04-26: the week ends on Sunday 2021-05-02.
      expect(reportingPeriod(weekly(7), '2021-04-30')).toEqual({ start: '2021-04-26', dueBy: '2021-05-02' });
    });

    it('is not shifted by daylight saving time in the local zone', () => {
      // Europe and the US change clocks in late March; the arithmetic is on calendar dates only.
      expect(reportingPeriod(weekly(7), '2021-03-28')).toEqual({ start: '2021-03-22', dueBy: '2021-03-28' });
      expect(reportingPeriod(weekly(1), '2021-03-29')).toEqual({ start: '2021-03-29', dueBy: '2021-03-29' });
    });
  });

  it('refuses a malformed or impossible date', () => {
    for (const today of ['2021-4-21', '2021-04-31', '2021-02-29', '21 April 2021', '']) {
      expect(() => reportingPeriod(monthly(28), today)).toThrow(RangeError);
    }
  });
});

describe('who reports, and whose report sets the progress', () => {
  const lead = 'lead-department';
  const cooperating = 'cooperating-department';
  const task = {
    status: 'in_progress' as const,
    leadDepartmentId: lead,
    cooperatingDepartmentIds: [cooperating],
  };
  const member = (departmentId: string | null) => ({ id: 'user', role: 'member' as const, departmentId });
  const supervisor = { id: 'user', role: 'supervisor' as const, departmentId: null };
  const admin = { id: 'user', role: 'admin' as const, departmentId: null };
  const leader = { id: 'user', role: 'leader' as const, departmentId: null };

  it('lets the lead and cooperating departments, supervisors and admins report', () => {
    for (const reporter of [member(lead), member(cooperating), supervisor, admin]) {
      expect(reportRefusal(reporter, task)).toBeNull();
    }
  });

  it('says why leaders, other departments and members without one may not', () => {
    expect(reportRefusal(leader, task)).toMatch(/Leaders/);
    expect(reportRefusal(member('other-department'), task)).toMatch(/lead or cooperating departments/);
    expect(reportRefusal(member(null), task)).toMatch(/lead or cooperating departments/);
  });

  it('takes no reports on a closed task', () => {
    expect(reportRefusal(member(lead), { ...task, status: 'done' })).toMatch(/closed/);
    expect(reportRefusal(supervisor, { ...task, status: 'done' })).toMatch(/closed/);
  });

  it("moves the task's progress only for the lead department or a supervisor", () => {
    expect(reportSetsProgress(member(lead), task)).toBe(true);
    expect(reportSetsProgress(supervisor, task)).toBe(true);
    expect(reportSetsProgress(admin, task)).toBe(true);
    expect(reportSetsProgress(member(cooperating), task)).toBe(false);
    expect(reportSetsProgress(member(null), { ...task, leadDepartmentId: null })).toBe(false);
  });

  it('leaves the progress of a submission awaiting verification as submitted', () => {
    expect(reportSetsProgress(member(lead), { ...task, status: 'in_review' })).toBe(false);
    expect(reportSetsProgress(supervisor, { ...task, status: 'in_review' })).toBe(false);
  });
});

describe('createReportSchema', () => {
  it('takes trimmed text and a whole percent', () => {
    expect(createReportSchema.parse({ text: '  Surveyed 12 sites ', progress: 40 })).toEqual({
      text: 'Surveyed 12 sites',
      progress: 40,
    });
  });

  it.each([
    [{ text: '   ', progress: 10 }, 'text'],
    [{ text: 'x'.repeat(5001), progress: 10 }, 'text'],
    [{ text: 'ok', progress: 101 }, 'progress'],
    [{ text: 'ok', progress: -1 }, 'progress'],
    [{ text: 'ok', progress: 12.5 }, 'progress'],
    [{ text: 'ok' }, 'progress'],
  ])('rejects %j naming %s', (input, field) => {
    const result = createReportSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
  });
});
