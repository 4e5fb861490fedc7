import type { Light, TaskKind, TaskStatus } from '@duban/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { BoardEntity } from '../boards/board.entity';
import { DepartmentEntity } from '../departments/department.entity';
import { MinutesEntity } from '../minutes/minutes.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'tasks' })
@Index(['boardId', 'status', 'position'])
// The tasks made from one minutes text, in the order of its decisions.
@Index(['decisionMinutesId', 'decisionStart'])
export class TaskEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: BoardEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 20, default: 'task' })
  kind: TaskKind;

  @Column({ type: 'varchar', length: 20, default: 'todo' })
  status: TaskStatus;

  /** Fractional-index order key within the status column; "C" collation so the database sorts bytewise. */
  @Column({ type: 'varchar', length: 255, collation: 'C' })
  position: string;

  @Column({ type: 'uuid', nullable: true })
  leadDepartmentId: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leadDepartmentId' })
  leadDepartment?: DepartmentEntity;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  cooperatingDepartmentIds: string[];

  @Column({ type: 'uuid', nullable: true })
  responsibleLeaderId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsibleLeaderId' })
  responsibleLeader?: UserEntity;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  assigneeIds: string[];

  /** Calendar date, returned as "YYYY-MM-DD". */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  labels: string[];

  @Column({ type: 'text', default: '' })
  problem: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  source: string;

  @Column({ type: 'text', default: '' })
  measures: string;

  @Column({ type: 'text', default: '' })
  result: string;

  @Column({ type: 'text', default: '' })
  evidence: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidenceLinks: string[];

  /** When the task was handed to its current lead department (交办). */
  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /** The lead department's sign-off (签收); reset when the task goes to another department. */
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Column({ type: 'text', default: '' })
  verificationNote: string;

  @Column({ type: 'integer', default: 0 })
  returnCount: number;

  @Column({ type: 'text', default: '' })
  returnReason: string;

  /** Why a supervisor last reopened the task after it was closed (the event log keeps every reason). */
  @Column({ type: 'text', default: '' })
  reopenReason: string;

  /** The status light as last computed (by writes and by the scheduler as days pass); never bumps the version. */
  @Column({ type: 'varchar', length: 10, default: 'none' })
  light: Light;

  /** Optimistic-concurrency version; bumped by a conditional UPDATE, never by TypeORM. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Kept in the comment's transaction so a board snapshot needs no per-task count. */
  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  /** Leader instructions awaiting response (待回复), kept in the comments' transactions: the card's badge. */
  @Column({ type: 'integer', default: 0 })
  awaitingInstructionCount: number;

  /** Evidence files stored on the task, its reports and comments, kept in the files' transactions. */
  @Column({ type: 'integer', default: 0 })
  attachmentCount: number;

  /** The imported minutes the task was made from (with the decision's span in their text), or null. */
  @Column({ type: 'uuid', nullable: true })
  decisionMinutesId: string | null;

  @ManyToOne(() => MinutesEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decisionMinutesId' })
  decisionMinutes?: MinutesEntity;

  /** UTF-16 offsets of the decision in the minutes' text (`text.slice(decisionStart, decisionEnd)`). */
  @Column({ type: 'integer', nullable: true })
  decisionStart: number | null;

  @Column({ type: 'integer', nullable: true })
  decisionEnd: number | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
