import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'departments' })
export class DepartmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set while archived (已归档): kept on existing tasks and users, not offered for new assignments. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Words that suggest this department as the lead of a decision in imported minutes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];
}
