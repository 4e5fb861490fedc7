import type { ReportView } from '@duban/contracts';
import type { ProgressReportEntity } from './progress-report.entity';

export function toReportView(report: ProgressReportEntity): ReportView {
  return {
    id: report.id,
    taskId: report.taskId,
    boardId: report.boardId,
    departmentId: report.departmentId,
    authorId: report.authorId,
    text: report.text,
    progress: report.progress,
    reportedAt: report.reportedAt.toISOString(),
  };
}
