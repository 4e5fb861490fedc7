import type { CreateDepartmentInput, DepartmentView, UpdateDepartmentInput } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository, type EntityManager } from 'typeorm';
import { canAdminister } from '@duban/contracts';
import { AdminAuditService, type AdminActionRecord } from '../admin-audit/admin-audit.service';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../common/postgres-errors';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    private readonly audit: AdminAuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<DepartmentView[]> {
    const rows = await this.departments.find({ order: { name: 'ASC' } });
    return rows.map(toView);
  }

  async create(actor: AuthUser, input: CreateDepartmentInput): Promise<DepartmentView> {
    assertAdmin(actor);
    const department = this.departments.create({
      id: randomUUID(),
      name: input.name,
      archivedAt: null,
      keywords: [],
    });
    await this.departments.manager.transaction(async (manager) => {
      await saveUnique(manager, department);
      await this.audit.record(manager, actor, [
        { action: 'department.created', target: targetOf(department) },
      ]);
    });
    return toView(department);
  }

  /** Renames, archives or restores; each change is one entry of the administration log. */
  async update(actor: AuthUser, id: string, input: UpdateDepartmentInput): Promise<DepartmentView> {
    assertAdmin(actor);
    const department = await this.departments.findOneBy({ id });
    if (!department) throw DomainError.notFound('Department');
    const records: AdminActionRecord[] = [];
    if (input.name !== undefined && input.name !== department.name) {
      records.push({
        action: 'department.renamed',
        target: targetOf(department),
        change: { before: department.name, after: input.name },
      });
      department.name = input.name;
    }
    if (input.archived !== undefined && input.archived !== (department.archivedAt !== null)) {
      department.archivedAt = input.archived ? this.clock.now() : null;
      records.push({
        action: input.archived ? 'department.archived' : 'department.restored',
        target: targetOf(department),
      });
    }
    if (input.keywords !== undefined) {
      const keywords = distinctKeywords(input.keywords);
      if (keywords.join('\n') !== department.keywords.join('\n')) {
        records.push({
          action: 'department.keywords_changed',
          target: targetOf(department),
          change: { before: department.keywords.join(', '), after: keywords.join(', ') },
        });
        department.keywords = keywords;
      }
    }
    if (records.length === 0) return toView(department);
    await this.departments.manager.transaction(async (manager) => {
      await saveUnique(manager, department);
      await this.audit.record(manager, actor, records);
    });
    return toView(department);
  }

  /**
   * Deletion, step one, inside the deletion's transaction: the department, its row locked so that a
   * concurrent delete or rename waits; 404 when there is none.
   */
  async lockForDeletion(manager: EntityManager, actor: AuthUser, id: string): Promise<DepartmentEntity> {
    assertAdmin(actor);
    const department = await manager.findOne(DepartmentEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!department) throw DomainError.notFound('Department');
    return department;
  }

  /** Deletion, step two, once `DepartmentDeletion` made sure nothing uses it: the row goes, the log says so. */
  async deleteLocked(manager: EntityManager, actor: AuthUser, department: DepartmentEntity): Promise<void> {
    await manager.delete(DepartmentEntity, { id: department.id });
    await this.audit.record(manager, actor, [{ action: 'department.deleted', target: targetOf(department) }]);
  }

  /** The names of these departments, by id (unknown ids and nulls left out). */
  async namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const known = [...new Set(ids)].filter((id): id is string => id !== null);
    if (known.length === 0) return new Map();
    const rows = await this.departments.find({ where: { id: In(known) }, select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Throws 400 naming `field` unless every id is an existing department. */
  async assertExist(ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await this.departments.countBy({ id: In(unique) });
    if (found !== unique.length) throw DomainError.invalidField(field, 'no such department');
  }

  /**
   * Throws 400 naming `field` unless every id is an existing department that is not archived: for a new
   * assignment. Ids in `keepIds` (what the thing already has) may stay even when archived since.
   */
  async assertAssignable(
    ids: readonly string[],
    field: string,
    keepIds: readonly string[] = [],
  ): Promise<void> {
    await this.assertExist(ids, field);
    const added = [...new Set(ids)].filter((id) => !keepIds.includes(id));
    if (added.length === 0) return;
    const archived = await this.departments.find({ where: { id: In(added) }, select: { archivedAt: true } });
    if (archived.some((department) => department.archivedAt !== null)) {
      throw DomainError.invalidField(field, 'this department is archived');
    }
  }
}

async function saveUnique(manager: EntityManager, department: DepartmentEntity): Promise<void> {
  try {
    await manager.save(DepartmentEntity, department);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('already_exists', `A department named "${department.name}" already exists`, [
        { field: 'name', message: 'already exists' },
      ]);
    }
    throw error;
  }
}

function assertAdmin(actor: AuthUser): void {
  if (!canAdminister(actor)) throw DomainError.forbidden('Only an administrator can manage departments');
}

function targetOf(department: DepartmentEntity): AdminActionRecord['target'] {
  return { type: 'department', id: department.id, name: department.name };
}

/** Keywords once each (ignoring case), in the order given. */
function distinctKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  return keywords.filter((keyword) => {
    const key = keyword.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toView(department: DepartmentEntity): DepartmentView {
  return {
    id: department.id,
    name: department.name,
    archived: department.archivedAt !== null,
    keywords: department.keywords,
  };
}
