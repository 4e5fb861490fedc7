import type { AdminAction, AdminActivityTargetType } from '@duban/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One administrator's action on a department or a user, written in the same transaction as the change.
 * Names are copied, not joined: the entry reads the same after a rename or a deletion. Never a password.
 */
@Entity({ name: 'admin_audit_entries' })
export class AdminAuditEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'varchar', length: 100 })
  actorName: string;

  @Column({ type: 'varchar', length: 40 })
  action: AdminAction;

  @Column({ type: 'varchar', length: 20 })
  targetType: AdminActivityTargetType;

  @Column({ type: 'uuid' })
  targetId: string;

  @Column({ type: 'varchar', length: 100 })
  targetName: string;

  /** Null for actions without a value (created, deleted, password reset, deactivated…). */
  @Column({ type: 'jsonb', nullable: true })
  change: { before: string | null; after: string | null } | null;
}
