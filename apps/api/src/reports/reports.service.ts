import {
  fieldChanges,
  reportRefusal,
  reportSetsProgress,
  type CreateReportInput,
  type ReportCreatedData,
  type ReportView,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { BoardChangeService } from '../board-events/board-change.service';
import { Clock } from '../common/clock';
import { refuse } from '../tasks/task-lifecycle';
import { lockTask, updateIfVersion } from '../tasks/task-writes';
import { TasksService } from '../tasks/tasks.service';
import { toTaskView } from '../tasks/task.mapper';
import { ProgressReportEntity } from './progress-report.entity';
import { toReportView } from './progress-report.mapper';

/**
 * 进展反馈: departments report on their tasks. The lead department answers for the task, so its latest
 * report is the task's progress; cooperating departments' reports are contributions beside it.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(ProgressReportEntity) private readonly reports: Repository<ProgressReportEntity>,
    private readonly tasks: TasksService,
    private readonly changes: BoardChangeService,
    private readonly clock: Clock,
  ) {}

  /** Newest first. */
  async list(user: AuthUser, taskId: string): Promise<ReportView[]> {
    await this.tasks.findVisible(user, taskId);
    const rows = await this.reports.find({ where: { taskId }, order: { reportedAt: 'DESC', id: 'DESC' } });
    return rows.map(toReportView);
  }

  /** The report and, when it is the lead department's, the task's new progress: one change, one event. */
  /** Which task a report is on and who wrote it (for files attached to it); null when there is none. */
  async authorship(reportId: string): Promise<{ taskId: string; authorId: string } | null> {
    const report = await this.reports.findOne({
      where: { id: reportId },
      select: { taskId: true, authorId: true },
    });
    return report && { taskId: report.taskId, authorId: report.authorId };
  }

  async create(user: AuthUser, taskId: string, input: CreateReportInput): Promise<ReportView> {
    const task = await this.tasks.findVisible(user, taskId);
    refuse(reportRefusal(user, task));
    const { result } = await this.changes.apply(task.boardId, user.id, async (manager) => {
      const current = await lockTask(manager, taskId);
      refuse(reportRefusal(user, current));
      const report = manager.create(ProgressReportEntity, {
        id: randomUUID(),
        taskId,
        boardId: current.boardId,
        departmentId: user.departmentId,
        authorId: user.id,
        text: input.text,
        progress: input.progress,
        reportedAt: this.clock.now(),
      });
      await manager.insert(ProgressReportEntity, report);
      const view = toReportView(report);
      const data: ReportCreatedData = { ...view };
      const changes = fieldChanges('report', null, view);
      if (reportSetsProgress(user, current) && current.progress !== input.progress) {
        // The task row is locked, so the version read with it is the one the conditional write expects.
        data.task = await updateIfVersion(manager, current, current.version, { progress: input.progress });
        changes.push(...fieldChanges('task', toTaskView(current), data.task));
      }
      return { result: view, event: { type: 'report.created', data, changes } };
    });
    return result;
  }
}
