import type { ReminderLevel } from '@duban/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

/** A reminder (催办) recorded on its task: who pushed whom, and what they said. */
@Entity({ name: 'reminders' })
@Index(['taskId', 'createdAt'])
export class ReminderEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  taskId: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'taskId' })
  task?: TaskEntity;

  /** The task's board, kept here so events need no join. */
  @Column({ type: 'uuid' })
  boardId: string;

  /** The supervisor who sent it; null when it was sent automatically for an overdue task. */
  @Column({ type: 'uuid', nullable: true })
  fromUserId: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'fromUserId' })
  fromUser?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  level: ReminderLevel;

  @Column({ type: 'text' })
  message: string;

  /** The task's deadline when the reminder was sent ("YYYY-MM-DD"). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  /** Set from the app's Clock, so escalation delays can be tested without waiting. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
