import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * One sign-in on one device. A token is honoured only while its session row is neither ended nor expired,
 * so signing out, a password change and deactivation take effect on the next request.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The token's `exp`: the session ends by itself then. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set on sign-out, password change or deactivation; a non-null value ends the session for good. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** The browser that signed in, so a user or administrator can tell sessions apart. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
