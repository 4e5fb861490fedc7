import type { NotificationKind } from '@duban/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BoardEntity } from '../boards/board.entity';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

/** One entry in a user's notification centre. */
@Entity({ name: 'notifications' })
@Index(['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** The recipient. */
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  kind: NotificationKind;

  @Column({ type: 'uuid' })
  boardId: string;

  // A notification points at its board and task; when they go, it has nothing left to show.
  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: BoardEntity;

  @Column({ type: 'uuid', nullable: true })
  taskId: string | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: TaskEntity;

  /** The task's title when the notification was made. */
  @Column({ type: 'text', nullable: true })
  taskTitle: string | null;

  @Column({ type: 'text' })
  message: string;

  /** Reminders and escalations: the task's deadline when it was sent ("YYYY-MM-DD"). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** Who caused it; null for automatic reminders. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'actorId' })
  actor?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
