import type { CreateDepartmentInput, DepartmentView, UpdateDepartmentInput } from '@duban/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { canAdminister } from '@duban/contracts';
import type { AuthUser } from '../auth/auth-user';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../common/postgres-errors';
import { DepartmentEntity } from './department.entity';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
  ) {}

  async list(): Promise<DepartmentView[]> {
    const rows = await this.departments.find({ order: { name: 'ASC' } });
    return rows.map(toView);
  }

  async create(actor: AuthUser, input: CreateDepartmentInput): Promise<DepartmentView> {
    assertAdmin(actor);
    const department = this.departments.create({ id: randomUUID(), name: input.name });
    await this.saveUnique(department);
    return toView(department);
  }

  async update(actor: AuthUser, id: string, input: UpdateDepartmentInput): Promise<DepartmentView> {
    assertAdmin(actor);
    const department = await this.departments.findOneBy({ id });
    if (!department) throw DomainError.notFound('Department');
    if (input.name !== undefined) department.name = input.name;
    await this.saveUnique(department);
    return toView(department);
  }

  /** Throws 400 naming `field` unless every id is an existing department. */
  async assertExist(ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await this.departments.countBy({ id: In(unique) });
    if (found !== unique.length) throw DomainError.invalidField(field, 'no such department');
  }

  private async saveUnique(department: DepartmentEntity): Promise<void> {
    try {
      await this.departments.save(department);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('already_exists', `A department named "${department.name}" already exists`, [
          { field: 'name', message: 'already exists' },
        ]);
      }
      throw error;
    }
  }
}

function assertAdmin(actor: AuthUser): void {
  if (!canAdminister(actor)) throw DomainError.forbidden('Only an administrator can manage departments');
}

function toView(department: DepartmentEntity): DepartmentView {
  return { id: department.id, name: department.name };
}
