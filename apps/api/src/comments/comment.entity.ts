import type { CommentKind } from '@duban/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TaskEntity } from '../tasks/task.entity';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'comments' })
@Index(['taskId', 'createdAt'])
// The instructions awaiting response, board by board (the dashboard's list).
@Index('IDX_comments_awaiting_instructions', ['boardId', 'createdAt'], {
  where: `"kind" = 'instruction' AND "responseCommentId" IS NULL`,
})
export class CommentEntity {
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

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'authorId' })
  author?: UserEntity;

  /** `instruction`: a leader's instruction (领导批示). */
  @Column({ type: 'varchar', length: 20, default: 'comment' })
  kind: CommentKind;

  /** The comment of the same task this one replies to; kept when that comment is deleted. */
  @Column({ type: 'uuid', nullable: true })
  replyToId: string | null;

  /** Markdown source. */
  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** An instruction's answer: the reply from a member of the lead department, its author and when. */
  @Column({ type: 'uuid', nullable: true })
  responseCommentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  respondedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}
