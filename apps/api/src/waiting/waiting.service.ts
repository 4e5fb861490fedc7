import {
  addDays,
  calendarDateIn,
  daysBetween,
  isAwaitingSignOff,
  MAX_WAITING_ITEMS,
  startOfDayMoment,
  taskLight,
  WAITING_SECTIONS_OF,
  type BoardView,
  type CalendarDate,
  type TaskView,
  type WaitingForMe,
  type WaitingItem,
  type WaitingQuery,
  type WaitingSection,
  type WaitingSectionKey,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardsService } from '../boards/boards.service';
import { InstructionsService } from '../comments/instructions.service';
import { Clock } from '../common/clock';
import { DepartmentsService } from '../departments/departments.service';
import { LeaderEscalations } from '../reminders/leader-escalations';
import { ReportingService } from '../reports/reporting.service';
import { TaskQueries } from '../tasks/task-queries';

/** A task that waits in a section, with its figure and what it is sorted by. */
interface Candidate {
  task: TaskView;
  board: BoardView;
  days: number | null;
  since: string | null;
}

/**
 * The day arithmetic of one request: today and instants read in the viewer's zone. Reading a date costs far
 * more than looking it up, and tasks share few deadlines and minutes: each is worked out once.
 */
interface Day {
  today: CalendarDate;
  timeZone: string | null;
  /** Days since an instant, by its minute (instants of one minute fall on one day in every zone). */
  sinceByMinute: Map<string, number>;
  /** Days past a deadline (null when not overdue), by deadline and the board's due-soon days. */
  overdueByDeadline: Map<string, number | null>;
}

/**
 * "Waiting for me" (待我处理, contracts waiting.ts): per role, the tasks that wait for the caller over the
 * boards in use they may see, counted from the tasks as they are now and the reminders sent.
 */
@Injectable()
export class WaitingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly boards: BoardsService,
    private readonly tasks: TaskQueries,
    private readonly departments: DepartmentsService,
    private readonly escalations: LeaderEscalations,
    private readonly instructions: InstructionsService,
    private readonly reporting: ReportingService,
    private readonly clock: Clock,
  ) {}

  async forUser(user: AuthUser, query: WaitingQuery): Promise<WaitingForMe> {
    const now = this.clock.now();
    const timeZone = query.tz ?? null;
    const day: Day = {
      today: calendarDateIn(now, timeZone),
      timeZone,
      sinceByMinute: new Map(),
      overdueByDeadline: new Map(),
    };
    const boards = await this.boards.list(user);
    const tasks = (
      await Promise.all(
        boards.map(async (board) =>
          (await this.tasks.forSnapshot(this.dataSource.manager, board.id)).map((task) => ({ task, board })),
        ),
      )
    ).flat();
    const keys = WAITING_SECTIONS_OF[user.role];
    const found = await this.sectionsOf(user, tasks, day);
    const candidates = keys.map((key) => ({ key, candidates: found[key] ?? [] }));
    const names = await this.departments.namesOf(
      candidates.flatMap(({ candidates }) =>
        candidates.slice(0, MAX_WAITING_ITEMS).map(({ task }) => task.leadDepartmentId),
      ),
    );
    const sections: WaitingSection[] = candidates.map(({ key, candidates }) => ({
      key,
      total: candidates.length,
      items: candidates.slice(0, MAX_WAITING_ITEMS).map((candidate) => itemOf(candidate, names)),
    }));
    return {
      asOf: now.toISOString(),
      timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      today: day.today,
      role: user.role,
      sections,
    };
  }

  private async sectionsOf(
    user: AuthUser,
    tasks: readonly { task: TaskView; board: BoardView }[],
    day: Day,
  ): Promise<Partial<Record<WaitingSectionKey, Candidate[]>>> {
    const open = tasks.filter(({ task }) => task.status !== 'done');
    switch (user.role) {
      case 'leader':
        return this.leaderSections(
          user,
          open.filter(({ task }) => task.responsibleLeaderId === user.id),
          day,
        );
      case 'supervisor':
      case 'admin':
        return supervisorSections(open, day);
      case 'member':
        if (user.departmentId === null) return {};
        return this.memberSections(
          user,
          open.filter(({ task }) => task.leadDepartmentId === user.departmentId),
          day,
        );
    }
  }

  /**
   * Overdue tasks they are responsible for; those escalated to them since the deadline passed; and of
   * those, the ones where they have not given an instruction since the latest escalation.
   */
  private async leaderSections(
    user: AuthUser,
    mine: readonly { task: TaskView; board: BoardView }[],
    day: Day,
  ): Promise<Partial<Record<WaitingSectionKey, Candidate[]>>> {
    const overdue = mine
      .map(({ task, board }) => ({ task, board, days: overdueDays(task, board, day), since: null }))
      .filter((candidate) => candidate.days !== null)
      .sort(
        (a, b) =>
          b.days! - a.days! || a.task.title.localeCompare(b.task.title) || byString(a.task.id, b.task.id),
      );
    const withDeadline = mine.filter(({ task }) => task.deadline !== null);
    const reminders = await this.escalations.of(withDeadline.map(({ task }) => task.id));
    const escalated: Candidate[] = [];
    const latestEscalation = new Map<string, Date>();
    for (const { task, board } of withDeadline) {
      // Since the deadline passed, as the escalation policy counts (midnight where the server is).
      const overdueFrom = startOfDayMoment(addDays(task.deadline!, 1));
      const since = reminders.filter(
        (reminder) => reminder.taskId === task.id && reminder.createdAt >= overdueFrom,
      );
      if (since.length === 0) continue;
      const first = since[0]!.createdAt.toISOString();
      escalated.push({ task, board, days: daysSince(first, day), since: first });
      latestEscalation.set(task.id, since[since.length - 1]!.createdAt);
    }
    const instructed = await this.instructions.latestBy(user.id, [...latestEscalation.keys()]);
    const awaitingInstruction = escalated
      .filter(({ task }) => {
        const given = instructed.get(task.id);
        return given === undefined || given < latestEscalation.get(task.id)!;
      })
      .map(({ task, board }) => {
        const since = latestEscalation.get(task.id)!.toISOString();
        return { task, board, days: daysSince(since, day), since };
      });
    const oldestFirst = (a: Candidate, b: Candidate) =>
      byString(a.since!, b.since!) || byString(a.task.id, b.task.id);
    escalated.sort(oldestFirst);
    awaitingInstruction.sort(oldestFirst);
    return { overdue, escalated, awaitingInstruction };
  }

  /** What awaits the member's department: signing for, returned work, this period's missing reports. */
  private async memberSections(
    user: AuthUser,
    ours: readonly { task: TaskView; board: BoardView }[],
    day: Day,
  ): Promise<Partial<Record<WaitingSectionKey, Candidate[]>>> {
    const unsigned = longestUnsigned(ours, day);
    const returned = ours
      .filter(({ task }) => task.returnCount > 0 && task.status !== 'in_review')
      .map(({ task, board }) => ({ task, board, days: overdueDays(task, board, day), since: null }))
      .sort(byOverdueThenTitle);
    const boardIds = [...new Set(ours.map(({ board }) => board.id))];
    const missingIds = new Set<string>();
    await Promise.all(
      boardIds.map(async (boardId) => {
        const { missing } = await this.reporting.forBoard(user, boardId);
        for (const entry of missing) {
          if (entry.departmentId === user.departmentId) entry.taskIds.forEach((id) => missingIds.add(id));
        }
      }),
    );
    const reportsMissing = ours
      .filter(({ task }) => missingIds.has(task.id))
      .map(({ task, board }) => ({ task, board, days: overdueDays(task, board, day), since: null }))
      .sort(byOverdueThenTitle);
    return { unsigned, returned, reportsMissing };
  }
}

function supervisorSections(
  open: readonly { task: TaskView; board: BoardView }[],
  day: Day,
): Partial<Record<WaitingSectionKey, Candidate[]>> {
  const awaitingVerification = open
    .filter(({ task }) => task.status === 'in_review')
    .map(({ task, board }) => {
      const since = task.submittedAt ?? task.updatedAt;
      return { task, board, days: daysSince(since, day), since };
    })
    .sort((a, b) => byString(a.since, b.since) || byString(a.task.id, b.task.id));
  return { awaitingVerification, longestUnsigned: longestUnsigned(open, day) };
}

/** Handed to a lead department that has not signed for it (待签收), longest wait first. */
function longestUnsigned(tasks: readonly { task: TaskView; board: BoardView }[], day: Day): Candidate[] {
  return tasks
    .filter(({ task }) => isAwaitingSignOff(task))
    .map(({ task, board }) => {
      const since = task.assignedAt ?? task.createdAt;
      return { task, board, days: Math.max(0, daysSince(since, day)), since };
    })
    .sort(
      (a, b) =>
        byString(a.since, b.since) ||
        a.task.title.localeCompare(b.task.title) ||
        byString(a.task.id, b.task.id),
    );
}

/** Whole days past the deadline of an open task (the red light), in the viewer's zone; null when not overdue. */
function overdueDays(task: TaskView, board: BoardView, day: Day): number | null {
  if (task.deadline === null || task.status === 'done') return null;
  const key = `${task.deadline}/${board.settings.dueSoonDays}`;
  let days = day.overdueByDeadline.get(key);
  if (days === undefined) {
    // An open task's light depends on its deadline only.
    const light = taskLight(
      { status: 'todo', deadline: task.deadline },
      day.today,
      board.settings.dueSoonDays,
    );
    days = light === 'red' ? daysBetween(task.deadline, day.today) : null;
    day.overdueByDeadline.set(key, days);
  }
  return days;
}

/** Whole days from the day of an ISO instant (in the viewer's zone) to today. */
function daysSince(instant: string, day: Day): number {
  const minute = instant.slice(0, 16);
  let days = day.sinceByMinute.get(minute);
  if (days === undefined) {
    days = daysBetween(calendarDateIn(new Date(instant), day.timeZone), day.today);
    day.sinceByMinute.set(minute, days);
  }
  return days;
}

/** Plain order of ISO instants and ids (code units, as they are written). */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byOverdueThenTitle(a: Candidate, b: Candidate): number {
  return (
    (b.days ?? -1) - (a.days ?? -1) ||
    a.task.title.localeCompare(b.task.title) ||
    byString(a.task.id, b.task.id)
  );
}

function itemOf({ task, board, days, since }: Candidate, names: ReadonlyMap<string, string>): WaitingItem {
  return {
    taskId: task.id,
    title: task.title,
    boardId: board.id,
    boardTitle: board.title,
    leadDepartmentId: task.leadDepartmentId,
    leadDepartmentName: task.leadDepartmentId === null ? null : (names.get(task.leadDepartmentId) ?? null),
    deadline: task.deadline,
    days,
    since,
    returnCount: task.returnCount,
  };
}
