import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentEntity } from '../comments/comment.entity';
import { ProgressReportEntity } from '../reports/progress-report.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

/**
 * `uploading`: its bytes are being stored (not shown, not counted; left behind by a crash, swept later);
 * `stored`: added, with its event; `removed`: its bytes deleted, the row kept for the record.
 */
export type AttachmentState = 'uploading' | 'stored' | 'removed';

/** An evidence file on a task (or one of its reports or comments). Its bytes are in `attachment_chunks`. */
@Entity({ name: 'attachments' })
@Index(['taskId', 'createdAt'])
@Index(['boardId', 'state'])
export class AttachmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: TaskEntity;

  /** The task's board, kept here so access checks, the board's total and events need no join. */
  @Column({ type: 'uuid' })
  boardId: string;

  /** Kept as the task's own file when the report or comment it was attached to goes. */
  @Column({ type: 'uuid', nullable: true })
  reportId: string | null;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reportId' })
  report?: ProgressReportEntity;

  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'commentId' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Bytes (bigint: PostgreSQL hands it back as a string, read it with Number()). */
  @Column({ type: 'bigint' })
  size: string;

  @Column({ type: 'varchar', length: 127 })
  contentType: string;

  /** Hex SHA-256 of the stored bytes; empty while uploading. */
  @Column({ type: 'varchar', length: 64, default: '' })
  sha256: string;

  @Column({ type: 'varchar', length: 10 })
  state: AttachmentState;

  /** A small WebP of an image, upright and without metadata; null for other types. */
  @Column({ type: 'bytea', nullable: true, select: false })
  thumbnail: Buffer | null;

  @Column({ type: 'boolean', default: false })
  hasThumbnail: boolean;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedById: string | null;
}

/** A file's bytes, in pieces of at most `CHUNK_BYTES`, numbered from 0. */
@Entity({ name: 'attachment_chunks' })
export class AttachmentChunkEntity {
  @PrimaryColumn('uuid')
  attachmentId: string;

  @PrimaryColumn('integer')
  n: number;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attachmentId' })
  attachment?: AttachmentEntity;

  @Column({ type: 'bytea' })
  data: Buffer;
}
