import type { BoardSettings } from '@duban/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

@Entity({ name: 'boards' })
export class BoardEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The meeting minutes (text or a reference) the board's tasks come from. */
  @Column({ type: 'text', default: '' })
  source: string;

  /** Empty: visible to everyone; otherwise to these departments plus admins, supervisors and leaders. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds: string[];

  /** Supervision settings (BoardSettings); missing keys take the defaults. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: Partial<BoardSettings>;

  /** Seq of the board's latest event; incremented in the transaction of each change. */
  @Column({ type: 'integer', default: 0 })
  seq: number;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'createdById' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set while the board is archived: read-only (BoardChangeService refuses its writes) and out of the default list. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
