import type { BoardEventType } from '@duban/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BoardEntity } from './board.entity';

/** The append-only log of every change to a board: the source of realtime events and catch-up. */
@Entity({ name: 'board_events' })
export class BoardEventEntity {
  @PrimaryColumn('uuid')
  boardId: string;

  @PrimaryColumn('integer')
  seq: number;

  @ManyToOne(() => BoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'boardId' })
  board?: BoardEntity;

  @Column({ type: 'varchar', length: 40 })
  type: BoardEventType;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'jsonb' })
  data: object;

  /** The previous event's `hash` (64 zeros for the first): the link that makes the log tamper-evident. */
  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  /** Hex SHA-256 over prevHash and this event's content (see audit/event-hash.ts). */
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
