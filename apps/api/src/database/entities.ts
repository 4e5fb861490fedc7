import { AdminAuditEntryEntity } from '../admin-audit/admin-audit-entry.entity';
import { AttachmentChunkEntity, AttachmentEntity } from '../attachments/attachment.entity';
import { SessionEntity } from '../auth/session.entity';
import { BoardEventEntity } from '../board-events/board-event.entity';
import { BoardEntity } from '../boards/board.entity';
import { CommentEntity } from '../comments/comment.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { MinutesEntity } from '../minutes/minutes.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ReminderEntity } from '../reminders/reminder.entity';
import { ProgressReportEntity } from '../reports/progress-report.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  DepartmentEntity,
  UserEntity,
  SessionEntity,
  BoardEntity,
  BoardEventEntity,
  MinutesEntity,
  TaskEntity,
  CommentEntity,
  ProgressReportEntity,
  ReminderEntity,
  AttachmentEntity,
  AttachmentChunkEntity,
  NotificationEntity,
  AdminAuditEntryEntity,
];
