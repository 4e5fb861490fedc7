import type { CardDensity, UiLanguage, UserRole } from '@duban/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-case; logins match case-insensitively. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: UserRole;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'departmentId' })
  department?: DepartmentEntity;

  /** argon2id hash in PHC string format. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  /** False once an administrator deactivated the account: no sign-in, no session. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The user's own choice of UI language; null lets the browser's language decide. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  language: UiLanguage | null;

  /** How the user's board cards are drawn. */
  @Column({ type: 'varchar', length: 20, default: 'comfortable' })
  cardDensity: CardDensity;
}
