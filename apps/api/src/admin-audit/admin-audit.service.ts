import {
  canAdminister,
  type AdminAction,
  type AdminActivityEntry,
  type AdminActivityQuery,
  type AdminActivityTargetType,
} from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { AdminAuditEntryEntity } from './admin-audit-entry.entity';

/** One action to record: what was done to what, and the value before and after when one field changed. */
export interface AdminActionRecord {
  action: AdminAction;
  target: { type: AdminActivityTargetType; id: string; name: string };
  change?: { before: string | null; after: string | null };
}

/**
 * The administration log: departments' and users' services record each administrator action through
 * `record`, inside the transaction of the change, so a change is never without its entry (nor the reverse).
 */
@Injectable()
export class AdminAuditService {
  constructor(
    @InjectRepository(AdminAuditEntryEntity) private readonly entries: Repository<AdminAuditEntryEntity>,
    private readonly clock: Clock,
  ) {}

  async record(
    manager: EntityManager,
    actor: AuthUser,
    records: readonly AdminActionRecord[],
  ): Promise<void> {
    if (records.length === 0) return;
    const at = this.clock.now();
    await manager.insert(
      AdminAuditEntryEntity,
      records.map((record) => ({
        at,
        actorId: actor.id,
        actorName: actor.displayName,
        action: record.action,
        targetType: record.target.type,
        targetId: record.target.id,
        targetName: record.target.name,
        change: record.change ?? null,
      })),
    );
  }

  async list(actor: AuthUser, query: AdminActivityQuery): Promise<AdminActivityEntry[]> {
    if (!canAdminister(actor)) {
      throw DomainError.forbidden('Only an administrator can read the administration log');
    }
    const rows = await this.entries.find({
      where: query.before === undefined ? {} : { id: LessThan(query.before) },
      order: { id: 'DESC' },
      take: query.limit,
    });
    return rows.map(toView);
  }
}

function toView(row: AdminAuditEntryEntity): AdminActivityEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { id: row.actorId, displayName: row.actorName },
    action: row.action,
    target: { type: row.targetType, id: row.targetId, name: row.targetName },
    change: row.change,
  };
}
