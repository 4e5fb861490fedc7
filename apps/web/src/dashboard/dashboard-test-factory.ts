import type { DepartmentStats, StatsTotals, TaskStats } from '@duban/contracts';

/** A department's figures: nothing led unless the test says so. */
export function aDepartment(name: string, figures: Partial<DepartmentStats> = {}): DepartmentStats {
  return {
    departmentId: `dept-${name.toLowerCase().replace(/\W+/g, '-')}`,
    name,
    led: 0,
    done: 0,
    inProgress: 0,
    awaitingSignOff: 0,
    longestSignOffWaitDays: null,
    inReview: 0,
    overdue: 0,
    furthestOverdueDays: null,
    dueSoon: 0,
    returned: 0,
    onTimeRate: null,
    signOffRate: null,
    reportsMissing: 0,
    cooperating: 0,
    ...figures,
  };
}

/** The API's answer for these departments, the totals summed from them, all on one board. */
export function statsOf(departments: DepartmentStats[]): TaskStats {
  const sum = (figure: keyof DepartmentStats) =>
    departments.reduce((total, department) => total + Number(department[figure] ?? 0), 0);
  const totals: StatsTotals = {
    tasks: sum('led'),
    done: sum('done'),
    inProgress: sum('inProgress'),
    awaitingSignOff: sum('awaitingSignOff'),
    inReview: sum('inReview'),
    overdue: sum('overdue'),
    dueSoon: sum('dueSoon'),
    returned: sum('returned'),
    onTimeRate: null,
    signOffRate: null,
    reportsMissing: sum('reportsMissing'),
  };
  return {
    asOf: '2026-12-05T08:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    today: '2026-12-05',
    totals,
    departments,
    boards: [{ boardId: 'board-1', title: 'Inspection rectification', archived: false, totals }],
  };
}
