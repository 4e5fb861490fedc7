import {
  calendarDateIn,
  daysBetween,
  isAwaitingSignOff,
  taskLight,
  type BoardStatsEntry,
  type BoardView,
  type CalendarDate,
  type DepartmentStats,
  type Light,
  type StatsTotals,
  type TaskView,
} from '@duban/contracts';

/** A board's counted tasks (already narrowed by the filters) and which of them lack this period's report. */
export interface CountedBoard {
  board: BoardView;
  tasks: readonly TaskView[];
  /** Ids of the tasks whose lead department has not reported this period. */
  reportsMissing: ReadonlySet<string>;
}

export interface CountingDay {
  today: CalendarDate;
  /** IANA zone the moments (closing, handing over) are read in; null for the server's. */
  timeZone: string | null;
}

/** What one task adds to a tally, worked out once. */
interface TaskFacts {
  task: TaskView;
  overdueDays: number | null;
  dueSoon: boolean;
  signOffWaitDays: number | null;
  /** Null when the task is not closed or has no deadline. */
  closedOnTime: boolean | null;
  reportMissing: boolean;
}

/**
 * Days counted with calendar.ts and the lights' rule, each distinct date once: tasks share few deadlines and
 * handing-over days, and reading a date costs far more than looking it up (10,000 tasks in a few ms).
 */
class DayCounter {
  private readonly daysSince = new Map<CalendarDate, number>();
  private readonly lights = new Map<string, Light>();
  private readonly days = new Map<string, CalendarDate>();

  constructor(private readonly day: CountingDay) {}

  /** Whole days from `date` to today. */
  since(date: CalendarDate): number {
    let days = this.daysSince.get(date);
    if (days === undefined) this.daysSince.set(date, (days = daysBetween(date, this.day.today)));
    return days;
  }

  /** The light of an open task with this deadline on a board with these due-soon days. */
  openLight(deadline: CalendarDate | null, dueSoonDays: number): Light {
    const key = `${deadline}/${dueSoonDays}`;
    let light = this.lights.get(key);
    if (light === undefined) {
      light = taskLight({ status: 'todo', deadline }, this.day.today, dueSoonDays);
      this.lights.set(key, light);
    }
    return light;
  }

  /** The calendar date of an ISO instant in the viewer's zone. */
  dateOf(instant: string): CalendarDate {
    // Instants of the same minute fall on the same day in every zone (offsets are whole minutes).
    const minute = instant.slice(0, 16);
    let date = this.days.get(minute);
    if (date === undefined)
      this.days.set(minute, (date = calendarDateIn(new Date(instant), this.day.timeZone)));
    return date;
  }
}

function factsOf(task: TaskView, board: CountedBoard, days: DayCounter): TaskFacts {
  const open = task.status !== 'done';
  const light = open ? days.openLight(task.deadline, board.board.settings.dueSoonDays) : 'green';
  const closed = !open && task.verifiedAt !== null && task.deadline !== null;
  return {
    task,
    overdueDays: light === 'red' && task.deadline !== null ? days.since(task.deadline) : null,
    dueSoon: light === 'yellow',
    signOffWaitDays: isAwaitingSignOff(task)
      ? Math.max(0, days.since(days.dateOf(task.assignedAt ?? task.createdAt)))
      : null,
    closedOnTime: closed ? days.dateOf(task.verifiedAt!) <= task.deadline! : null,
    reportMissing: board.reportsMissing.has(task.id),
  };
}

const max = (current: number | null, value: number) => (current === null ? value : Math.max(current, value));
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Counts of a set of tasks: a department's led tasks, a board's or all of them. */
class Tally {
  tasks = 0;
  /** Tasks with a lead department (what `signOffRate` divides by). */
  led = 0;
  signedFor = 0;
  done = 0;
  inProgress = 0;
  awaitingSignOff = 0;
  longestSignOffWaitDays: number | null = null;
  inReview = 0;
  overdue = 0;
  furthestOverdueDays: number | null = null;
  dueSoon = 0;
  returned = 0;
  closedWithDeadline = 0;
  closedOnTime = 0;
  reportsMissing = 0;
  cooperating = 0;

  add({ task, overdueDays, dueSoon, signOffWaitDays, closedOnTime, reportMissing }: TaskFacts): void {
    this.tasks += 1;
    if (task.leadDepartmentId !== null) {
      this.led += 1;
      if (task.acknowledgedAt !== null) this.signedFor += 1;
    }
    if (task.status === 'done') this.done += 1;
    if (task.status === 'in_progress') this.inProgress += 1;
    if (task.status === 'in_review') this.inReview += 1;
    if (signOffWaitDays !== null) {
      this.awaitingSignOff += 1;
      this.longestSignOffWaitDays = max(this.longestSignOffWaitDays, signOffWaitDays);
    }
    if (overdueDays !== null) {
      this.overdue += 1;
      this.furthestOverdueDays = max(this.furthestOverdueDays, overdueDays);
    }
    if (dueSoon) this.dueSoon += 1;
    this.returned += task.returnCount;
    if (closedOnTime !== null) {
      this.closedWithDeadline += 1;
      if (closedOnTime) this.closedOnTime += 1;
    }
    if (reportMissing) this.reportsMissing += 1;
  }

  totals(): StatsTotals {
    return {
      tasks: this.tasks,
      done: this.done,
      inProgress: this.inProgress,
      awaitingSignOff: this.awaitingSignOff,
      inReview: this.inReview,
      overdue: this.overdue,
      dueSoon: this.dueSoon,
      returned: this.returned,
      onTimeRate: ratio(this.closedOnTime, this.closedWithDeadline),
      signOffRate: ratio(this.signedFor, this.led),
      reportsMissing: this.reportsMissing,
    };
  }

  department(departmentId: string, name: string): DepartmentStats {
    const { tasks: _tasks, ...totals } = this.totals();
    return {
      departmentId,
      name,
      led: this.led,
      ...totals,
      longestSignOffWaitDays: this.longestSignOffWaitDays,
      furthestOverdueDays: this.furthestOverdueDays,
      cooperating: this.cooperating,
    };
  }
}

export interface CountedFigures {
  totals: StatsTotals;
  departments: DepartmentStats[];
  boards: BoardStatsEntry[];
}

/**
 * The figures of the given boards' tasks: totals, per board, and per department (led tasks counted in full,
 * cooperating tasks only in `cooperating`), departments by name (`names`, unknown ones by id).
 */
export function countFigures(
  boards: readonly CountedBoard[],
  day: CountingDay,
  names: ReadonlyMap<string, string>,
): CountedFigures {
  const all = new Tally();
  const byDepartment = new Map<string, Tally>();
  const tallyOf = (departmentId: string) => {
    let tally = byDepartment.get(departmentId);
    if (!tally) byDepartment.set(departmentId, (tally = new Tally()));
    return tally;
  };
  const perBoard: BoardStatsEntry[] = [];
  const days = new DayCounter(day);
  for (const counted of boards) {
    const board = new Tally();
    for (const task of counted.tasks) {
      const facts = factsOf(task, counted, days);
      all.add(facts);
      board.add(facts);
      if (task.leadDepartmentId !== null) tallyOf(task.leadDepartmentId).add(facts);
      for (const id of new Set(task.cooperatingDepartmentIds)) {
        if (id !== task.leadDepartmentId) tallyOf(id).cooperating += 1;
      }
    }
    perBoard.push({
      boardId: counted.board.id,
      title: counted.board.title,
      archived: counted.board.archivedAt !== null,
      totals: board.totals(),
    });
  }
  const departments = [...byDepartment]
    .map(([id, tally]) => tally.department(id, names.get(id) ?? id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.departmentId.localeCompare(b.departmentId));
  return { totals: all.totals(), departments, boards: perBoard };
}
