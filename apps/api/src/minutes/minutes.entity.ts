import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BoardEntity } from '../boards/board.entity';
import { UserEntity } from '../users/user.entity';

/**
 * Meeting minutes (会议纪要) imported into a board, kept as pasted: the tasks made from them point at their
 * decisions by offsets into `text` (`TaskEntity.decisionMinutesId`, `decisionStart`, `decisionEnd`).
 */
@Entity({ name: 'minutes' })
@Index(['boardId', 'createdAt'])
export class MinutesEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  boardId: string;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: BoardEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
