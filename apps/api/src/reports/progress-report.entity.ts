import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

/** 进展反馈: one dated report by a department on a task. Reports are never edited: a new one follows. */
@Entity({ name: 'progress_reports' })
@Index(['taskId', 'reportedAt'])
export class ProgressReportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: TaskEntity;

  /** The task's board, kept here so access checks and events need no join. */
  @Column({ type: 'uuid' })
  boardId: string;

  /**
   * The author's department when they reported (it answers for the report even if the author moves on);
   * null for a supervisor without one.
   */
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'authorId' })
  author?: UserEntity;

  @Column({ type: 'text' })
  text: string;

  /** Percent, 0–100. */
  @Column({ type: 'smallint' })
  progress: number;

  @Column({ type: 'timestamptz' })
  reportedAt: Date;
}
