import {
  calendarDateIn,
  isTimeZone,
  rankDepartments,
  rankingListOf,
  SIGN_OFF_WAIT_YELLOW_DAYS,
  statsQuerySchema,
  type DepartmentStats,
} from './stats';

function department(name: string, figures: Partial<DepartmentStats> = {}): DepartmentStats {
  return {
    departmentId: `id-${name}`,
    name,
    led: 3,
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
    signOffRate: 1,
    reportsMissing: 0,
    cooperating: 0,
    ...figures,
  };
}

const names = (list: DepartmentStats[]) => list.map((entry) => entry.name);

describe('rankDepartments (红黄绿榜)', () => {
  it('puts departments with overdue tasks on the red list, most overdue, then furthest, then worst rate first', () => {
    const ranked = rankDepartments([
      department('Water', { overdue: 1, furthestOverdueDays: 30 }),
      department('Roads', { overdue: 3, furthestOverdueDays: 2 }),
      department('Parks', { overdue: 1, furthestOverdueDays: 30, onTimeRate: 0.5 }),
      department('Ports', { overdue: 1, furthestOverdueDays: 5 }),
    ]);

    expect(names(ranked.red)).toEqual(['Roads', 'Parks', 'Water', 'Ports']);
    expect(ranked.yellow).toEqual([]);
    expect(ranked.green).toEqual([]);
  });

  it('puts late closing, late sign-off and missing reports on the yellow list, worst on-time rate first', () => {
    const ranked = rankDepartments([
      department('Closed late', { onTimeRate: 0.5 }),
      department('Signed late', { longestSignOffWaitDays: SIGN_OFF_WAIT_YELLOW_DAYS + 1 }),
      department('Not reported', { reportsMissing: 2 }),
      department('Barely late', { onTimeRate: 0.9 }),
      department('Waiting 3 days', { longestSignOffWaitDays: SIGN_OFF_WAIT_YELLOW_DAYS }),
    ]);

    expect(names(ranked.yellow)).toEqual(['Closed late', 'Barely late', 'Not reported', 'Signed late']);
    expect(names(ranked.green)).toEqual(['Waiting 3 days']);
  });

  it('puts departments all on time on the green list, most done first, then by name; leaves out non-leads', () => {
    const ranked = rankDepartments([
      department('B', { done: 2, onTimeRate: 1 }),
      department('A', { done: 2, onTimeRate: 1 }),
      department('C', { done: 5, onTimeRate: 1 }),
      department('Only cooperating', { led: 0, cooperating: 4 }),
    ]);

    expect(names(ranked.green)).toEqual(['C', 'A', 'B']);
    expect([...ranked.red, ...ranked.yellow]).toEqual([]);
  });

  it('is empty for no departments', () => {
    expect(rankDepartments([])).toEqual({ red: [], yellow: [], green: [] });
  });

  it('names the list of one department by the same rule', () => {
    expect(rankingListOf(department('X', { overdue: 1, reportsMissing: 3 }))).toBe('red');
    expect(rankingListOf(department('X', { onTimeRate: 0 }))).toBe('yellow');
    expect(rankingListOf(department('X', { onTimeRate: null }))).toBe('green');
  });
});

describe("the viewer's time zone", () => {
  it('reads a moment as a calendar date in an IANA zone', () => {
    const evening = new Date('2026-03-10T17:00:00Z');
    expect(calendarDateIn(evening, 'UTC')).toBe('2026-03-10');
    expect(calendarDateIn(evening, 'Asia/Shanghai')).toBe('2026-03-11');
    expect(calendarDateIn(evening, 'America/Los_Angeles')).toBe('2026-03-10');
    expect(calendarDateIn(new Date('2026-01-01T07:59:59Z'), 'America/Los_Angeles')).toBe('2025-12-31');
  });

  it('accepts known zones and refuses the rest as the query field tz', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(statsQuerySchema.safeParse({ tz: 'Asia/Shanghai', status: 'done' }).success).toBe(true);
    const bad = statsQuerySchema.safeParse({ tz: 'Asia/Atlantis' });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join('.'))).toEqual(['tz']);
    expect(statsQuerySchema.safeParse({ unknown: '1' }).success).toBe(false);
  });
});
