import type { BoardEventType, FieldChange } from '@duban/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The append-only log of every change to a board: the source of realtime events and catch-up. */
@Entity({ name: 'board_events' })
// For the history's filters: by actor, and by time.
@Index('IDX_board_events_board_actor', ['boardId', 'actorId', 'seq'])
@Index('IDX_board_events_board_at', ['boardId', 'at'])
export class BoardEventEntity {
  @PrimaryColumn('uuid')
  boardId: string;

  @PrimaryColumn('integer')
  seq: number;

  // The board is named, not imported: boards/ writes through this module, so this module does not import it.
  @ManyToOne('BoardEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: object;

  @Column({ type: 'varchar', length: 40 })
  type: BoardEventType;

  /** null: the system (scheduler) made the change. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'jsonb' })
  data: object;

  /** Field-level before/after; null for events recorded before the log kept them. */
  @Column({ type: 'jsonb', nullable: true })
  changes: FieldChange[] | null;

  /** The previous event's `hash` (64 zeros for the first): the link that makes the log tamper-evident. */
  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  /** Hex SHA-256 over prevHash and this event's content (see event-hash.ts). */
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
